namespace SalesBot.Slack.Api;

/// <summary>The envelope every Web API answer shares: <c>ok</c>, and on failure <c>error</c> (a code) plus details.</summary>
public abstract record SlackApiResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    public string? Warning { get; init; }

    /// <summary>For <c>missing_scope</c>: the scope the method needs.</summary>
    public string? Needed { get; init; }

    public SlackResponseMetadata? ResponseMetadata { get; init; }
}
