namespace SalesBot.Slack.Inbound.Wire;

/// <summary>A selected option (only its value is read).</summary>
internal sealed record OptionWire
{
    public string? Value { get; init; }
}
