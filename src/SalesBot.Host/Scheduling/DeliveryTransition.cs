namespace SalesBot.Host.Scheduling;

/// <summary>One step in a delivery's history (kept: the last 10).</summary>
internal sealed record DeliveryTransition(DateTimeOffset At, DeliveryState State, string Owner, string? Note);
