namespace SalesBot.Host.Storage;

/// <summary>A snapshot of <see cref="MeteredDocumentStore"/>'s counters (or the difference of two).</summary>
internal readonly record struct StoreMeter(long Reads, long Queries, long Writes, long Batches, long BytesWritten, long BytesRead)
{
    /// <summary>Requests to the store: each read, query, single write and batch is one round trip.</summary>
    public long RoundTrips => Reads + Queries + Writes + Batches;

    public static StoreMeter operator -(StoreMeter after, StoreMeter before) => new(
        after.Reads - before.Reads,
        after.Queries - before.Queries,
        after.Writes - before.Writes,
        after.Batches - before.Batches,
        after.BytesWritten - before.BytesWritten,
        after.BytesRead - before.BytesRead);

    public override string ToString() =>
        $"{RoundTrips} round trips ({Reads} reads, {Queries} queries, {Writes} writes, {Batches} batches), {BytesWritten} B written, {BytesRead} B read";
}
