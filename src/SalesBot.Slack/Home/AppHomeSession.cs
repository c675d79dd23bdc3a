namespace SalesBot.Slack.Home;

/// <summary>A recent drill session: what it was, when it started, how it ended and its last score.</summary>
public sealed record AppHomeSession(string Title, DateTimeOffset StartedAt, string Status, int? LastScore);
