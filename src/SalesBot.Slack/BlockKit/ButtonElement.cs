namespace SalesBot.Slack.BlockKit;

/// <summary>A button: plain text ≤ 75 characters, value ≤ 2000, style <c>primary</c>/<c>danger</c> or none.</summary>
public sealed record ButtonElement(SlackText Text) : SlackElement
{
    public const string Primary = "primary";
    public const string Danger = "danger";

    public string? Value { get; init; }

    public string? Style { get; init; }
}
