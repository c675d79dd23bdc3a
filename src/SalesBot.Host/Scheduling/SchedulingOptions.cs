namespace SalesBot.Host.Scheduling;

/// <summary>The <c>Scheduling</c> section: the Quartz runtime that delivers briefs and nudges (ADR 0005).</summary>
internal sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Runs Quartz and delivers occurrences. Off in tests that drive the dispatcher directly; the due index is kept either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the refill reads the due index (and registers the next <see cref="Horizon"/> of triggers).</summary>
    public TimeSpan RefillInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far ahead Quartz holds one-shot triggers; must exceed <see cref="RefillInterval"/>.</summary>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How far ahead each person's occurrences are written to the due index.</summary>
    public TimeSpan PlanAhead { get; set; } = TimeSpan.FromDays(8);

    /// <summary>A claim's lease: another instance takes over a claim (or an attempt in flight) older than this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Send attempts per occurrence before it fails (the messenger retries within each attempt too).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first retry's delay; each next one is four times longer (30 s, 2 min, 8 min).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Occurrences sent in parallel by one instance (they wait for their channel's pacer first).</summary>
    public int MaxConcurrentSends { get; set; } = 32;

    /// <summary>Quartz worker threads (jobs only hand keys to the dispatcher, so a few suffice).</summary>
    public int QuartzThreads { get; set; } = 4;

    /// <summary>UTC time of day of the daily top-up that re-derives every person's next days from the store.</summary>
    public TimeSpan TopUpAt { get; set; } = new(3, 17, 0);

    /// <summary>Per channel: sends per second per tenant/workspace and per conversation, for each instance (0 = unlimited).</summary>
    public Dictionary<string, ChannelPacing> Pacing { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // Teams allows 50 RPS per app per tenant and 7 per conversation: two instances at 20 stay under it.
        ["teams"] = new ChannelPacing { PerTenantPerSecond = 20, PerConversationPerSecond = 7 },
        // Slack: about 1 chat.postMessage per second per channel (each DM is one), plus an unpublished workspace limit.
        ["slack"] = new ChannelPacing { PerTenantPerSecond = 10, PerConversationPerSecond = 1 },
        ["local"] = new ChannelPacing(),
    };
}
