namespace SalesBot.Slack.Inbound.Wire;

/// <summary>An object with an id (and a name): <c>channel</c>, <c>enterprise</c>.</summary>
internal sealed record IdWire
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}
