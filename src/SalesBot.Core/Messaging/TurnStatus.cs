namespace SalesBot.Core.Messaging;

/// <summary>How a turn ended.</summary>
public enum TurnStatus
{
    /// <summary>Handled and committed; the replies are the bot's answer.</summary>
    Handled,

    /// <summary>A redelivery of a message already processed: nothing was run, stored or sent.</summary>
    Duplicate,

    /// <summary>The turn failed (e.g. the store was down); nothing was stored and the replies are a friendly error.</summary>
    Failed,

    /// <summary>The pipeline's queue is full; nothing was run. Channels answer so that the platform retries (503).</summary>
    Overloaded,

    /// <summary>The host is shutting down; nothing was run. Channels answer so that the platform retries (503).</summary>
    ShuttingDown,
}
