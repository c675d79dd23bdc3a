namespace SalesBot.Host.Scheduling;

/// <summary><c>Scheduling:Enabled=false</c>: the due index is kept, nothing fires.</summary>
internal sealed class NoTriggers : IOccurrenceTriggers
{
    public Task RegisterAsync(DueEntry entry, DateTimeOffset at, CancellationToken cancellationToken) => Task.CompletedTask;
}
