using System.Text.Json;
using SalesBot.Host.Storage;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// The due index on any <see cref="IDocumentStore"/>: <c>due|{tenant}|{UTC yyyy-MM-ddTHH}</c> partitions holding one small entry
/// per planned occurrence (id = the occurrence key), kept 9 days; plus a per-tenant watermark (<c>due|{tenant}|meta</c>).
/// </summary>
internal sealed class DueIndex(IDocumentStore documents)
{
    internal const string EntryType = "due";
    internal const string WatermarkType = "due-watermark";
    private static readonly TimeSpan EntryTimeToLive = TimeSpan.FromDays(9);

    public static string PartitionFor(string tenantKey, string bucket) => $"due|{tenantKey}|{bucket}";

    public static DateTimeOffset FloorHour(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Adds the entry; an existing entry is kept (create-only), or with <paramref name="update"/> replaced when it is unsettled and its time changed.</summary>
    public async Task<bool> EnsureAsync(DueEntry entry, bool update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var write = Write(entry);
        try
        {
            await documents.CreateAsync(write, cancellationToken);
            return true;
        }
        catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.AlreadyExists)
        {
            if (!update)
            {
                return false;
            }
        }

        var stored = await documents.ReadAsync(write.PartitionKey, write.Id, cancellationToken);
        if (stored is null || JsonSerializer.Deserialize(stored.Body, RhythmJsonContext.Default.DueEntry) is not { Settled: false } current || current.SendAt == entry.SendAt)
        {
            return false;
        }

        try
        {
            await documents.ReplaceAsync(write, stored.ETag, cancellationToken);
            return true;
        }
        catch (DocumentStoreException)
        {
            return false;
        }
    }

    /// <summary>Marks the entry settled: the refill skips it from now on.</summary>
    public Task SettleAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return documents.UpsertAsync(Write(entry with { Settled = true }), cancellationToken);
    }

    public async Task<IReadOnlyList<DueEntry>> ListAsync(string tenantKey, DateTimeOffset hour, CancellationToken cancellationToken) =>
        (await documents.QueryAsync(PartitionFor(tenantKey, DueEntry.Hour(hour)), EntryType, cancellationToken))
            .Select(d => JsonSerializer.Deserialize(d.Body, RhythmJsonContext.Default.DueEntry)!).ToList();

    public async Task<DateTimeOffset?> GetWatermarkAsync(string tenantKey, CancellationToken cancellationToken)
    {
        var stored = await documents.ReadAsync(PartitionFor(tenantKey, "meta"), "watermark", cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize(stored.Body, RhythmJsonContext.Default.DueWatermark)!.Hour;
    }

    public Task SetWatermarkAsync(string tenantKey, DateTimeOffset hour, CancellationToken cancellationToken) =>
        documents.UpsertAsync(new DocumentWrite(PartitionFor(tenantKey, "meta"), "watermark", WatermarkType, JsonSerializer.Serialize(new DueWatermark(FloorHour(hour)), RhythmJsonContext.Default.DueWatermark)), cancellationToken);

    /// <summary>Moves the watermark back to <paramref name="hour"/> when it is later (or missing).</summary>
    public async Task LowerWatermarkAsync(string tenantKey, DateTimeOffset hour, CancellationToken cancellationToken)
    {
        var current = await GetWatermarkAsync(tenantKey, cancellationToken);
        if (current is null || current > FloorHour(hour))
        {
            await SetWatermarkAsync(tenantKey, hour, cancellationToken);
        }
    }

    private static DocumentWrite Write(DueEntry entry) =>
        new(PartitionFor(entry.TenantKey, entry.Bucket), entry.Key.DocumentId, EntryType, JsonSerializer.Serialize(entry, RhythmJsonContext.Default.DueEntry), EntryTimeToLive);
}
