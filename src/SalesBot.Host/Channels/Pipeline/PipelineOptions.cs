namespace SalesBot.Host.Channels.Pipeline;

/// <summary>The turn pipeline's limits (<c>Pipeline</c> section).</summary>
internal sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>Turns and proactive sends queued or running, across all users; beyond it channels get "overloaded" (503).</summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>
    /// How many users' lines the background workers serve at the same time (each line runs its own work one item at a time).
    /// A synchronous turn for a user with nothing queued runs on the request's own thread and doesn't count against it.
    /// </summary>
    public int MaxConcurrentUsers { get; set; } = 16;

    /// <summary>How many recent inbound message ids the in-memory duplicate check keeps (the durable check is in each user's state).</summary>
    public int RecentMessageIds { get; set; } = 10_000;
}
