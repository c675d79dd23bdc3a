namespace SalesBot.Host.Scheduling;

/// <summary>What a conditional create of a ledger document found: it is ours (<see cref="Created"/>) or it existed.</summary>
internal sealed record ClaimResult(bool Created, DeliveryRecord Record, string ETag);
