using System.Globalization;
using Quartz;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// One-shot UTC triggers in Quartz's in-memory store, one per occurrence key (name = the key's document id, group = the
/// tenant), all for the one durable <see cref="DeliverOccurrenceJob"/>. Built with the scheduler's own clock and an
/// explicit start; misfires fire now (the dispatcher's misfire policy decides whether a late occurrence is still useful).
/// </summary>
internal sealed class QuartzTriggers(ISchedulerFactory factory) : IOccurrenceTriggers
{
    public static readonly JobKey DeliverJob = new("deliver-occurrence", "salesbot");

    /// <summary>Test seam: told (scheduler name, trigger key) before a trigger that fires at once is registered.</summary>
    internal Action<string, TriggerKey>? OnImmediate { get; set; }

    public async Task RegisterAsync(DueEntry entry, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var scheduler = await factory.GetScheduler(cancellationToken);
        if (scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown)
        {
            return;
        }

        var now = scheduler.TimeProvider.GetUtcNow();
        var start = at > now ? at : now;
        var key = new TriggerKey(entry.Key.DocumentId, entry.TenantKey);
        var existing = await scheduler.GetTrigger(key, cancellationToken);
        if (existing is not null && (existing.NextFireTimeUtc == start || (at <= now && (existing.NextFireTimeUtc is null || existing.NextFireTimeUtc <= now))))
        {
            // Already there for that time, or firing / about to fire now: one fire is enough (the ledger dedupes anyway).
            return;
        }

        if (start <= now)
        {
            OnImmediate?.Invoke(scheduler.SchedulerName, key);
        }

        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(key)
            .ForJob(DeliverJob)
            .StartAt(start)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .UsingJobData("tenant", entry.TenantKey)
            .UsingJobData("kind", entry.Kind.ToString())
            .UsingJobData("subject", entry.Subject)
            .UsingJobData("date", entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .UsingJobData("recipient", entry.RecipientId)
            .UsingJobData("sendAt", entry.SendAt.UtcTicks.ToString(CultureInfo.InvariantCulture))
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public static DueEntry Read(JobDataMap data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DueEntry
        {
            TenantKey = data.GetString("tenant")!,
            Kind = Enum.Parse<OccurrenceKind>(data.GetString("kind")!),
            Subject = data.GetString("subject")!,
            Date = DateOnly.ParseExact(data.GetString("date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            RecipientId = data.GetString("recipient")!,
            SendAt = new DateTimeOffset(long.Parse(data.GetString("sendAt")!, CultureInfo.InvariantCulture), TimeSpan.Zero),
        };
    }
}
