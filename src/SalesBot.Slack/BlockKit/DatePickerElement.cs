namespace SalesBot.Slack.BlockKit;

/// <summary>A date picker; its value comes back as <c>selected_date</c> (<c>yyyy-MM-dd</c>).</summary>
public sealed record DatePickerElement : SlackElement
{
    public string? InitialDate { get; init; }

    public SlackText? Placeholder { get; init; }
}
