namespace SalesBot.Teams.Connector;

/// <summary>How a Connector call ended.</summary>
public enum ConnectorOutcome
{
    /// <summary>2xx.</summary>
    Sent,

    /// <summary>403: the user blocked or uninstalled the bot, or the bot is not in the conversation roster. Not retried:
    /// mark the conversation reference inactive.</summary>
    RecipientGone,

    /// <summary>404: the conversation or activity does not exist.</summary>
    NotFound,

    /// <summary>413: the message is larger than Teams accepts.</summary>
    TooLarge,

    /// <summary>Still 429 after the allowed attempts, or a Retry-After longer than <c>Teams:MaxRetryAfter</c>.</summary>
    Throttled,

    /// <summary>412/5xx or a network failure after the allowed attempts, or another 4xx.</summary>
    Failed,

    /// <summary>The serviceUrl is not on an allowed host: nothing was sent and no token left the process.</summary>
    ServiceUrlNotAllowed,
}
