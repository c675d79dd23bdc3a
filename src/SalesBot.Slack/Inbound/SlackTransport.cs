namespace SalesBot.Slack.Inbound;

/// <summary>How a request reached SalesBot.</summary>
public enum SlackTransport
{
    Http,
    SocketMode,
}
