namespace SalesBot.Slack.Inbound;

/// <summary>A modal opened with <c>notify_on_close</c> was cancelled.</summary>
public sealed record SlackViewClosed : SlackInbound
{
    public required string User { get; init; }

    public string? ViewId { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public bool IsCleared { get; init; }

    public override string? UserId => User;
}
