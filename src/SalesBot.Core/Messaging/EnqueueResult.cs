namespace SalesBot.Core.Messaging;

/// <summary>What the pipeline did with a turn handed to <see cref="ITurnPipeline.EnqueueAsync"/>.</summary>
public enum EnqueueResult
{
    /// <summary>Queued: acknowledge the platform now (200); the replies follow through the messenger.</summary>
    Accepted,

    /// <summary>The same message id was seen recently: acknowledge (200) and drop it.</summary>
    Duplicate,

    /// <summary>The queue is full: answer 503 (or the platform's "retry later") so the platform redelivers.</summary>
    Overloaded,

    /// <summary>The host is stopping: answer 503 so the platform redelivers (to another instance).</summary>
    ShuttingDown,
}
