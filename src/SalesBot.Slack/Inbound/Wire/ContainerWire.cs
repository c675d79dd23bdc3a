namespace SalesBot.Slack.Inbound.Wire;

/// <summary><c>container</c>: the message (<c>message_ts</c>, <c>channel_id</c>) or view (<c>view_id</c>) the action lives in.</summary>
internal sealed record ContainerWire
{
    public string? Type { get; init; }

    public string? MessageTs { get; init; }

    public string? ChannelId { get; init; }

    public bool? IsEphemeral { get; init; }

    public string? ViewId { get; init; }
}
