namespace SalesBot.Slack.Configuration;

/// <summary>How Slack reaches SalesBot: signed HTTP requests to public URLs, or a Socket Mode WebSocket SalesBot opens.</summary>
public enum SlackMode
{
    Http,
    SocketMode,
}
