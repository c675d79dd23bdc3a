namespace SalesBot.Slack.Inbound.Wire;

/// <summary>One entry of <c>authorizations</c>: the installation the event is for (its bot user id).</summary>
internal sealed record AuthorizationWire
{
    public string? EnterpriseId { get; init; }

    public string? TeamId { get; init; }

    public string? UserId { get; init; }

    public bool IsBot { get; init; }

    public bool IsEnterpriseInstall { get; init; }
}
