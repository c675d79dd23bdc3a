using System.Globalization;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// One planned occurrence in the due index: bucketed by the UTC hour of its send time, per tenant, so the refill reads
/// a few small partitions. <see cref="Settled"/> is set once the ledger holds a final state for the key.
/// </summary>
internal sealed record DueEntry
{
    public required string TenantKey { get; init; }

    public required OccurrenceKind Kind { get; init; }

    /// <summary>The key's subject, already escaped (<see cref="OccurrenceKey.Subject"/>).</summary>
    public required string Subject { get; init; }

    public required DateOnly Date { get; init; }

    public required string RecipientId { get; init; }

    public required DateTimeOffset SendAt { get; init; }

    public bool Settled { get; init; }

    public OccurrenceKey Key => new(Kind, Subject, Date);

    public string Bucket => Hour(SendAt);

    public static string Hour(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH", CultureInfo.InvariantCulture);

    public static DueEntry From(PlannedOccurrence planned, string tenantKey)
    {
        ArgumentNullException.ThrowIfNull(planned);
        return new DueEntry
        {
            TenantKey = tenantKey,
            Kind = planned.Key.Kind,
            Subject = planned.Key.Subject,
            Date = planned.Key.Date,
            RecipientId = planned.RecipientId,
            SendAt = planned.SendAt,
        };
    }
}
