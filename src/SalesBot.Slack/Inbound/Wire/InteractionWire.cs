namespace SalesBot.Slack.Inbound.Wire;

/// <summary>The interactivity <c>payload</c> (<c>block_actions</c>, <c>view_submission</c>, <c>view_closed</c>, shortcuts).</summary>
internal sealed record InteractionWire
{
    public string? Type { get; init; }

    public TeamWire? Team { get; init; }

    public IdWire? Enterprise { get; init; }

    public bool? IsEnterpriseInstall { get; init; }

    public UserWire? User { get; init; }

    public string? ApiAppId { get; init; }

    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public string? CallbackId { get; init; }

    public string? ActionTs { get; init; }

    public ContainerWire? Container { get; init; }

    public IdWire? Channel { get; init; }

    public MessageRefWire? Message { get; init; }

    public ViewWire? View { get; init; }

    public IReadOnlyList<BlockActionWire>? Actions { get; init; }

    public bool? IsCleared { get; init; }
}
