namespace SalesBot.Teams.Connector;

/// <summary>
/// Keeps Connector calls within Teams' published limits: about 7 per conversation per second and 50 per app per tenant
/// per second (a generic cell-rate algorithm: a burst of one second's worth, then evenly spaced). A caller reserves a
/// slot and waits on the injected clock, so tests drive it with a fake time provider.
/// </summary>
public sealed class ConnectorPacer
{
    private const int MaxTrackedKeys = 10_000;
    private readonly TimeProvider _time;
    private readonly Rate _perConversation;
    private readonly Rate _perTenant;
    private readonly Dictionary<string, DateTimeOffset> _arrivals = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ConnectorPacer(TimeProvider time, int perConversationPerSecond, int perTenantPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perConversationPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perTenantPerSecond, 1);
        _time = time;
        _perConversation = new Rate(perConversationPerSecond);
        _perTenant = new Rate(perTenantPerSecond);
    }

    /// <summary>Reserves the next slot for this tenant and conversation; returns how long to wait before sending.</summary>
    public TimeSpan Reserve(string? tenantId, string? conversationId)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (_arrivals.Count > MaxTrackedKeys)
            {
                foreach (var stale in _arrivals.Where(a => a.Value < now).Select(a => a.Key).ToList())
                {
                    _arrivals.Remove(stale);
                }
            }

            var tenantKey = "t|" + (tenantId ?? "");
            var conversationKey = conversationId is null ? null : "c|" + conversationId;
            var wait = Wait(tenantKey, _perTenant, now);
            if (conversationKey is not null)
            {
                var conversationWait = Wait(conversationKey, _perConversation, now);
                wait = conversationWait > wait ? conversationWait : wait;
                Book(conversationKey, _perConversation, now + wait);
            }

            Book(tenantKey, _perTenant, now + wait);
            return wait;
        }
    }

    public Task WaitAsync(string? tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        var wait = Reserve(tenantId, conversationId);
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, cancellationToken);
    }

    private TimeSpan Wait(string key, Rate rate, DateTimeOffset now)
    {
        var arrival = _arrivals.TryGetValue(key, out var tat) && tat > now ? tat : now;
        var allowedAt = arrival - rate.Tolerance;
        return allowedAt > now ? allowedAt - now : TimeSpan.Zero;
    }

    private void Book(string key, Rate rate, DateTimeOffset at)
    {
        var arrival = _arrivals.TryGetValue(key, out var tat) && tat > at ? tat : at;
        _arrivals[key] = arrival + rate.Interval;
    }

    private sealed record Rate(int PerSecond)
    {
        public TimeSpan Interval { get; } = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / PerSecond);

        public TimeSpan Tolerance { get; } = TimeSpan.FromTicks((TimeSpan.TicksPerSecond / PerSecond) * (PerSecond - 1));
    }
}
