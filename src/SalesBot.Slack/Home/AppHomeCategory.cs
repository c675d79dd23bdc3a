namespace SalesBot.Slack.Home;

/// <summary>One objection category on the Home tab: recency-weighted score, band, and whether it is due.</summary>
public sealed record AppHomeCategory(string Id, string Name, int Score, string Band, bool IsProficient, bool IsDue, int Attempts);
