namespace SalesBot.Slack.Api;

/// <summary>A published or opened view: its id and <c>hash</c> (for race-free updates).</summary>
public sealed record SlackViewRef
{
    public string? Id { get; init; }

    public string? Hash { get; init; }
}
