namespace SalesBot.Slack.BlockKit;

/// <summary>One choice of a select: plain text ≤ 75 characters, value ≤ 150.</summary>
public sealed record SlackOption(SlackText Text, string Value);
