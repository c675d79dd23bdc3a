using SalesBot.Host.Storage;
using Microsoft.Extensions.Options;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Derives the due index (and the next <see cref="SchedulingOptions.Horizon"/> of Quartz triggers) from the store: for the
/// people a change touched (<see cref="IRhythmScheduler"/>), after each delivery (the chain), and for whole tenants in the
/// daily top-up, so a lost entry heals within a day and reminders never silently stop.
/// </summary>
internal sealed partial class DuePlanner(
    AgendaLoader agendas,
    DueIndex due,
    DocumentRhythmStore tenants,
    IOccurrenceTriggers triggers,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<DuePlanner> logger) : IRhythmScheduler
{
    public async Task ScheduleChangedAsync(string tenantKey, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        try
        {
            await tenants.RegisterTenantAsync(tenantKey, cancellationToken);
            foreach (var personId in personIds)
            {
                await RefreshAsync(tenantKey, personId, update: true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is committed; the daily top-up (or the next change) derives the due entries.
            LogRefreshFailed(logger, ex, tenantKey);
        }
    }

    /// <summary>Plans one person's next days and makes sure each occurrence has a due entry (and a trigger when close).</summary>
    public async Task RefreshAsync(string tenantKey, string personId, bool update, CancellationToken cancellationToken)
    {
        var agenda = await agendas.LoadAsync(tenantKey, personId, cancellationToken);
        if (agenda is not null)
        {
            await WriteAsync(tenantKey, agenda, update, cancellationToken);
        }
    }

    /// <summary>Writes the agenda's next days to the due index; returns how many entries were new or changed.</summary>
    public async Task<int> WriteAsync(string tenantKey, RecipientAgenda agenda, bool update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var now = time.GetUtcNow();
        var settings = options.Value;
        var written = 0;
        var plan = RecipientPlanner.Plan(agenda, now, now + settings.PlanAhead);
        if (plan.Count > 0)
        {
            await due.LowerWatermarkAsync(tenantKey, now, cancellationToken);
        }

        foreach (var planned in plan)
        {
            var entry = DueEntry.From(planned, tenantKey);
            if (await due.EnsureAsync(entry, update, cancellationToken))
            {
                written++;
            }

            // Occurrences due now are being handled by their own trigger (or the refill): register only the ones ahead.
            if (entry.SendAt > now && entry.SendAt <= now + settings.Horizon)
            {
                await triggers.RegisterAsync(entry, entry.SendAt, cancellationToken);
            }
        }

        return written;
    }

    /// <summary>The daily top-up for one tenant: every person's next days, from three queries (create-only).</summary>
    public async Task<int> TopUpAsync(string tenantKey, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var agenda in await agendas.LoadTenantAsync(tenantKey, cancellationToken))
        {
            written += await WriteAsync(tenantKey, agenda, update: false, cancellationToken);
        }

        return written;
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Warning, Message = "Could not derive the due entries of a change in {Tenant}; the daily top-up will")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string tenant);
}
