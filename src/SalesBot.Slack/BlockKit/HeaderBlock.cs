namespace SalesBot.Slack.BlockKit;

/// <summary>A large bold line of plain text (≤ 150 characters).</summary>
public sealed record HeaderBlock(SlackText Text) : SlackBlock;
