namespace SalesBot.Slack.Pipeline;

/// <summary>What <c>users.info</c> said about a user: IANA time zone, locale and name (any may be null).</summary>
public sealed record SlackUserFacts(string? TimeZone, string? Locale, string? DisplayName, DateTimeOffset FetchedAt);
