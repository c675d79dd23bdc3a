namespace SalesBot.Core.Messaging;

/// <summary>One user in a tenant's roster: who they are and how to reach them (a mirror of their stored reference).</summary>
public sealed record RosterEntry(UserKey User, string? DisplayName, ConversationReference Reference);
