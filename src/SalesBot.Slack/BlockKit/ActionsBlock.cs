namespace SalesBot.Slack.BlockKit;

/// <summary>Up to 25 interactive elements (buttons) in a row.</summary>
public sealed record ActionsBlock(IReadOnlyList<SlackElement> Elements) : SlackBlock;
