using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Spaces scheduled sends per channel and tenant (Teams 50/s per tenant, Slack ~1/s per conversation: see
/// <see cref="SchedulingOptions.Pacing"/>): each send reserves the next free slot of its tenant and of its conversation
/// and waits for it on the injected clock (a fake clock in tests). A 429's Retry-After pauses the tenant (<see cref="Pause"/>).
/// </summary>
internal sealed class ChannelPacer(IOptions<SchedulingOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>Waits until a send to this conversation of this tenant may go; returns when it was allowed.</summary>
    public async Task<DateTimeOffset> WaitAsync(string channel, string tenantId, string conversation, CancellationToken cancellationToken)
    {
        var pacing = options.Value.Pacing.GetValueOrDefault(channel);
        var now = time.GetUtcNow();
        if (pacing is null || (pacing.PerTenantPerSecond <= 0 && pacing.PerConversationPerSecond <= 0))
        {
            return now;
        }

        var at = now;
        if (pacing.PerTenantPerSecond > 0)
        {
            at = Reserve($"{channel}:{tenantId}", at, TimeSpan.FromSeconds(1 / pacing.PerTenantPerSecond));
        }

        if (pacing.PerConversationPerSecond > 0)
        {
            at = Reserve($"{channel}:{tenantId}:{conversation}", at, TimeSpan.FromSeconds(1 / pacing.PerConversationPerSecond));
        }

        if (at > now)
        {
            await Task.Delay(at - now, time, cancellationToken);
        }

        return at;
    }

    /// <summary>Holds every send of the tenant until <paramref name="until"/> (the platform said Retry-After).</summary>
    public void Pause(string channel, string tenantId, DateTimeOffset until)
    {
        var slot = _slots.GetOrAdd($"{channel}:{tenantId}", _ => new Slot());
        lock (slot)
        {
            if (slot.Next < until)
            {
                slot.Next = until;
            }
        }
    }

    private DateTimeOffset Reserve(string key, DateTimeOffset notBefore, TimeSpan spacing)
    {
        var slot = _slots.GetOrAdd(key, _ => new Slot());
        lock (slot)
        {
            var at = slot.Next > notBefore ? slot.Next : notBefore;
            slot.Next = at + spacing;
            return at;
        }
    }

    private sealed class Slot
    {
        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;
    }
}
