namespace SalesBot.Slack.BlockKit;

/// <summary>A horizontal rule.</summary>
public sealed record DividerBlock : SlackBlock;
