namespace SalesBot.Slack.Api;

/// <summary><c>response_metadata</c>: human-readable messages (e.g. which Block Kit field was invalid) and the next cursor.</summary>
public sealed record SlackResponseMetadata
{
    public IReadOnlyList<string>? Messages { get; init; }

    public IReadOnlyList<string>? Warnings { get; init; }

    public string? NextCursor { get; init; }
}
