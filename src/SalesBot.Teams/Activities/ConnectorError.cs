namespace SalesBot.Teams.Activities;

/// <summary>An error code (<c>BotNotInConversationRoster</c>, <c>MessageWritesBlocked</c>, …) and message.</summary>
public sealed record ConnectorError(string? Code, string? Message);
