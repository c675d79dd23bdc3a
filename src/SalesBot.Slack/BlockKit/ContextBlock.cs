namespace SalesBot.Slack.BlockKit;

/// <summary>Small grey text (up to 10 elements).</summary>
public sealed record ContextBlock(IReadOnlyList<SlackText> Elements) : SlackBlock;
