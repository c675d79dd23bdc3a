namespace SalesBot.Core.Rhythm;

/// <summary>
/// Told after every committed change to a schedule or to someone's preferences: the host re-derives the affected people's
/// next occurrences from the store (due index + triggers). Never throws for scheduler trouble: the daily top-up heals.
/// </summary>
public interface IRhythmScheduler
{
    Task ScheduleChangedAsync(string tenantKey, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);
}
