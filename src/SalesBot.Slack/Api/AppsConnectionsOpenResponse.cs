namespace SalesBot.Slack.Api;

/// <summary><c>apps.connections.open</c>: a one-shot <c>wss://</c> URL for a Socket Mode connection.</summary>
public sealed record AppsConnectionsOpenResponse : SlackApiResponse
{
    public string? Url { get; init; }
}
