using SalesBot.Core.Rhythm;

namespace SalesBot.Host.Conversations;

/// <summary>Without <c>AddScheduling()</c> (some tests): changes are stored, nothing is derived from them.</summary>
internal sealed class NoRhythmScheduler : IRhythmScheduler
{
    public Task ScheduleChangedAsync(string tenantKey, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
