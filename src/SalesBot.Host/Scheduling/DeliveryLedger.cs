using System.Globalization;
using System.Text.Json;
using SalesBot.Host.Storage;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// The delivery ledger on any <see cref="IDocumentStore"/>: one document per occurrence in the recipient's ledger partition
/// (<c>ledger|{channel}:{tenant}:{user}</c>: the tenant is part of the key), created conditionally (one winner across
/// instances) and moved on by ETag-conditional replaces. Kept 120 days (longer than the 28-day move limit plus the
/// 8-day planning horizon) as the audit trail.
/// </summary>
internal sealed class DeliveryLedger(IDocumentStore documents)
{
    internal const string RecordType = "delivery";
    internal const string DayType = "nudge-day";
    private static readonly TimeSpan RecordTimeToLive = TimeSpan.FromDays(120);
    private static readonly TimeSpan DayTimeToLive = TimeSpan.FromDays(3);

    public static string PartitionFor(string recipientId) => $"ledger|{recipientId}";

    public async Task<(DeliveryRecord Record, string ETag)?> GetAsync(string recipientId, string key, CancellationToken cancellationToken)
    {
        var stored = await documents.ReadAsync(PartitionFor(recipientId), key, cancellationToken);
        return stored is null || stored.Type != RecordType ? null : (Read(stored), stored.ETag);
    }

    /// <summary>Creates the record; when one exists already, returns it instead (with its ETag).</summary>
    public async Task<ClaimResult> CreateAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            var written = await documents.CreateAsync(Write(record), cancellationToken);
            return new ClaimResult(true, record, written.ETag);
        }
        catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.AlreadyExists)
        {
            var existing = await GetAsync(record.RecipientId, record.Key, cancellationToken);
            if (existing is null)
            {
                // Expired between the two calls (120 days): treat as taken.
                return new ClaimResult(false, record with { State = DeliveryState.Cancelled }, "");
            }

            return new ClaimResult(false, existing.Value.Record, existing.Value.ETag);
        }
    }

    /// <summary>Replaces the record if it still has <paramref name="etag"/>; null when someone else changed it (the fence).</summary>
    public async Task<string?> ReplaceAsync(DeliveryRecord record, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            return (await documents.ReplaceAsync(Write(record), etag, cancellationToken)).ETag;
        }
        catch (DocumentStoreException)
        {
            return null;
        }
    }

    /// <summary>Takes the person's one nudge of a local day for <paramref name="key"/>; false when another occurrence has it.</summary>
    public async Task<bool> TakeDayAsync(string recipientId, DateOnly localDate, string key, CancellationToken cancellationToken)
    {
        var id = $"nudge-day|{localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        try
        {
            await documents.CreateAsync(new DocumentWrite(PartitionFor(recipientId), id, DayType, JsonSerializer.Serialize(new NudgeDay(key, localDate), RhythmJsonContext.Default.NudgeDay), DayTimeToLive), cancellationToken);
            return true;
        }
        catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.AlreadyExists)
        {
            var stored = await documents.ReadAsync(PartitionFor(recipientId), id, cancellationToken);
            return stored is null || JsonSerializer.Deserialize(stored.Body, RhythmJsonContext.Default.NudgeDay)!.Key == key;
        }
    }

    /// <summary>Every ledger record of a recipient (tests, audit).</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string recipientId, CancellationToken cancellationToken) =>
        (await documents.QueryAsync(PartitionFor(recipientId), RecordType, cancellationToken)).Select(Read).ToList();

    private static DeliveryRecord Read(StoredDocument stored) => JsonSerializer.Deserialize(stored.Body, RhythmJsonContext.Default.DeliveryRecord)!;

    private static DocumentWrite Write(DeliveryRecord record) =>
        new(PartitionFor(record.RecipientId), record.Key, RecordType, JsonSerializer.Serialize(record, RhythmJsonContext.Default.DeliveryRecord), RecordTimeToLive);
}
