namespace SalesBot.Slack.Inbound.Wire;

/// <summary><c>team</c> in interactivity payloads.</summary>
internal sealed record TeamWire
{
    public string? Id { get; init; }

    public string? Domain { get; init; }

    public string? EnterpriseId { get; init; }
}
