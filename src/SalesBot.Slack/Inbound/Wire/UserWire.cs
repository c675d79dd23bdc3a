namespace SalesBot.Slack.Inbound.Wire;

/// <summary><c>user</c> in interactivity payloads.</summary>
internal sealed record UserWire
{
    public string? Id { get; init; }

    public string? Username { get; init; }

    public string? Name { get; init; }

    public string? TeamId { get; init; }
}
