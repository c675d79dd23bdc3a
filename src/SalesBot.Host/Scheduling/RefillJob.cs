using SalesBot.Host.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Every <see cref="SchedulingOptions.RefillInterval"/> (and once at start-up): for each tenant, reads the due index from
/// its watermark to now + <see cref="SchedulingOptions.Horizon"/>, registers a one-shot trigger for every unsettled entry in
/// that window (past ones fire now: downtime, a dead instance's expired claims), and moves the watermark to the oldest hour
/// that still holds an unsettled past entry.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class RefillJob(
    DocumentRhythmStore store,
    DueIndex due,
    IOccurrenceTriggers triggers,
    IOptions<SchedulingOptions> options,
    ILogger<RefillJob> logger) : IJob
{
    public static readonly JobKey Key = new("refill", "salesbot");

    /// <summary>The most hours one refill walks back (a longer outage is caught up over several refills).</summary>
    private const int MaxHoursBack = 24 * 9;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Scheduler.TimeProvider.GetUtcNow();
        try
        {
            foreach (var tenant in await store.ListTenantsAsync(cancellationToken))
            {
                await RefillAsync(tenant, now, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRefillFailed(logger, ex);
        }
    }

    public async Task<int> RefillAsync(string tenantKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var end = now + options.Value.Horizon;
        var watermark = await due.GetWatermarkAsync(tenantKey, cancellationToken) ?? DueIndex.FloorHour(now);
        var earliest = DueIndex.FloorHour(now).AddHours(-MaxHoursBack);
        var start = watermark < earliest ? earliest : watermark;
        DateTimeOffset? oldestUnsettled = null;
        var registered = 0;
        for (var hour = start; hour <= end; hour = hour.AddHours(1))
        {
            foreach (var entry in await due.ListAsync(tenantKey, hour, cancellationToken))
            {
                if (entry.Settled || entry.SendAt > end)
                {
                    continue;
                }

                await triggers.RegisterAsync(entry, entry.SendAt, cancellationToken);
                registered++;
                if (entry.SendAt <= now && oldestUnsettled is null)
                {
                    oldestUnsettled = hour;
                }
            }
        }

        var next = oldestUnsettled ?? DueIndex.FloorHour(now);
        if (next != watermark)
        {
            await due.SetWatermarkAsync(tenantKey, next, cancellationToken);
        }

        return registered;
    }

    [LoggerMessage(EventId = 320, Level = LogLevel.Warning, Message = "Refill of the due index failed; the next one retries")]
    private static partial void LogRefillFailed(ILogger logger, Exception exception);
}
