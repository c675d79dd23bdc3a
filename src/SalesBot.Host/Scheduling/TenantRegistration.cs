namespace SalesBot.Host.Scheduling;

/// <summary>A tenant with rhythm documents (the refill and the daily top-up walk these).</summary>
internal sealed record TenantRegistration(string TenantKey, DateTimeOffset Since);
