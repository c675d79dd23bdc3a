namespace SalesBot.Slack.BlockKit;

/// <summary>Text (≤ 3000 characters) and/or up to 10 two-column fields (≤ 2000 characters each), with an optional accessory.</summary>
public sealed record SectionBlock : SlackBlock
{
    public SlackText? Text { get; init; }

    public IReadOnlyList<SlackText>? Fields { get; init; }

    public SlackElement? Accessory { get; init; }
}
