using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Api;

/// <summary>
/// A message posted to a <c>response_url</c> (slash command or button): <c>ephemeral</c> or <c>in_channel</c>, or
/// <c>replace_original</c> to edit the message whose button was pressed.
/// </summary>
public sealed record SlackResponseUrlMessage(string Text, IReadOnlyList<SlackBlock>? Blocks)
{
    public const string Ephemeral = "ephemeral";
    public const string InChannel = "in_channel";

    public string? ResponseType { get; init; }

    public bool? ReplaceOriginal { get; init; }

    public bool? DeleteOriginal { get; init; }
}
