namespace SalesBot.Slack.BlockKit;

/// <summary>A time picker; its value comes back as <c>selected_time</c> (<c>HH:mm</c>).</summary>
public sealed record TimePickerElement : SlackElement
{
    public string? InitialTime { get; init; }

    public SlackText? Placeholder { get; init; }
}
