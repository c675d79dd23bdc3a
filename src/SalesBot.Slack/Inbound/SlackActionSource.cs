using System.Text.Json;

namespace SalesBot.Slack.Inbound;

/// <summary>
/// Where a pressed button lives: a message (<see cref="ChannelId"/> + <see cref="MessageTs"/>, for <c>chat.update</c>) or a
/// view (<see cref="ViewId"/>: a modal or App Home).
/// </summary>
public sealed record SlackActionSource
{
    public bool IsView => ViewId is not null;

    public string? ChannelId { get; init; }

    public string? MessageTs { get; init; }

    /// <summary>Ephemeral messages can't be edited with <c>chat.update</c>: use <c>response_url</c> with <c>replace_original</c>.</summary>
    public bool IsEphemeral { get; init; }

    public string? ViewId { get; init; }

    /// <summary>The pressed message's <c>text</c> as Slack sent it back (message containers only).</summary>
    public string? MessageText { get; init; }

    /// <summary>The pressed message's <c>blocks</c> as Slack sent them back, so its buttons can be retired with <c>chat.update</c>.</summary>
    public JsonElement? MessageBlocks { get; init; }
}
