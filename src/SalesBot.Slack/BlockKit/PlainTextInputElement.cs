namespace SalesBot.Slack.BlockKit;

/// <summary>A text box in a modal.</summary>
public sealed record PlainTextInputElement : SlackElement
{
    public bool? Multiline { get; init; }

    public string? InitialValue { get; init; }

    public SlackText? Placeholder { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}
