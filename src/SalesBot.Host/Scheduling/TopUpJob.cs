using System.Globalization;
using SalesBot.Host.Storage;
using Quartz;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Once a day (and at start-up when that day's top-up has not run): one instance wins a conditional create of the day's
/// marker and re-derives every tenant's next days from the store (create-only), so a broken chain heals within a day.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class TopUpJob(
    DocumentRhythmStore store,
    IDocumentStore documents,
    DuePlanner planner,
    ILogger<TopUpJob> logger) : IJob
{
    public static readonly JobKey Key = new("top-up", "salesbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = context.Scheduler.TimeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        try
        {
            await documents.CreateAsync(new DocumentWrite(DocumentRhythmStore.TenantsPartition, $"topup|{today}", "topup", "{}", TimeSpan.FromDays(3)), cancellationToken);
        }
        catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.AlreadyExists)
        {
            return; // another instance (or an earlier start) did today's
        }

        try
        {
            foreach (var tenant in await store.ListTenantsAsync(cancellationToken))
            {
                var written = await planner.TopUpAsync(tenant, cancellationToken);
                LogToppedUp(logger, tenant, written);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTopUpFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 330, Level = LogLevel.Information, Message = "Daily top-up of {Tenant}: {Written} new due entries")]
    private static partial void LogToppedUp(ILogger logger, string tenant, int written);

    [LoggerMessage(EventId = 331, Level = LogLevel.Warning, Message = "Daily top-up failed; the refill and the chain keep delivering what is indexed")]
    private static partial void LogTopUpFailed(ILogger logger, Exception exception);
}
