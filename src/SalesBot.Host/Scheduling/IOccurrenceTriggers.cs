namespace SalesBot.Host.Scheduling;

/// <summary>Where due entries become fire times: Quartz one-shot triggers when scheduling is enabled, nothing otherwise.</summary>
internal interface IOccurrenceTriggers
{
    /// <summary>Makes the entry fire at <paramref name="at"/> (now when that has passed); idempotent per occurrence key.</summary>
    Task RegisterAsync(DueEntry entry, DateTimeOffset at, CancellationToken cancellationToken);
}
