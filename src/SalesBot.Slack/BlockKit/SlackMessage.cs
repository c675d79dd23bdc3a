namespace SalesBot.Slack.BlockKit;

/// <summary>A rendered Slack message: blocks, and the plain-text <c>text</c> shown in notifications.</summary>
public sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks);
