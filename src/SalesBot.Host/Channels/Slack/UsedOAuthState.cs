namespace SalesBot.Host.Channels.Slack;

/// <summary>The body of a used-state document: when it was used and when the state expires.</summary>
internal sealed record UsedOAuthState(DateTimeOffset UsedAt, DateTimeOffset ExpiresAt);
