using Quartz;

namespace SalesBot.Host.Scheduling;

/// <summary>A one-shot trigger fired: hand the occurrence to the dispatcher and return at once (the pool never saturates).</summary>
internal sealed class DeliverOccurrenceJob(OccurrenceDispatcher dispatcher) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        dispatcher.Enqueue(QuartzTriggers.Read(context.MergedJobDataMap));
        return ValueTask.CompletedTask;
    }
}
