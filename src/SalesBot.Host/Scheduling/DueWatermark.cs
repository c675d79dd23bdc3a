namespace SalesBot.Host.Scheduling;

/// <summary>The oldest UTC hour bucket of a tenant's due index that may still hold unsettled past entries.</summary>
internal sealed record DueWatermark(DateTimeOffset Hour);
