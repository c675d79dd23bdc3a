namespace SalesBot.Slack.Inbound;

/// <summary>A global (<c>shortcut</c>) or message (<c>message_action</c>) shortcut; tolerated, passed on as is.</summary>
public sealed record SlackShortcut : SlackInbound
{
    public required string Kind { get; init; }

    public string? CallbackId { get; init; }

    public required string User { get; init; }

    public string? TriggerId { get; init; }

    public string? ChannelId { get; init; }

    public string? MessageTs { get; init; }

    public Uri? ResponseUrl { get; init; }

    public override string? UserId => User;
}
