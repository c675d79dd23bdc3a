namespace SalesBot.Slack.Inbound.Wire;

/// <summary><c>view</c> in <c>view_submission</c>/<c>view_closed</c>/<c>block_actions</c>.</summary>
internal sealed record ViewWire
{
    public string? Id { get; init; }

    public string? Type { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public string? Hash { get; init; }

    public ViewStateWire? State { get; init; }
}
