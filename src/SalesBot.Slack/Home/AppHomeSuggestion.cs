namespace SalesBot.Slack.Home;

/// <summary>What to drill next and why (from the practice planner). <see cref="Reason"/> may use <c>**bold**</c>.</summary>
public sealed record AppHomeSuggestion(string CategoryId, string CategoryName, string Reason);
