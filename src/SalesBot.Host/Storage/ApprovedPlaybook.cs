using SalesBot.Core.Playbook;

namespace SalesBot.Host.Storage;

/// <summary>
/// The approved playbook of one tenant and category, best first, as one small document in the tenant's partition (id
/// <c>approved-{category}</c>): what a drill shows after a round, read with one point read (or from the cache). Kept in
/// step with the entries by the same batch that approves, rejects or anonymises one (ADR 0009).
/// </summary>
internal sealed record ApprovedPlaybook
{
    /// <summary>How many approved answers a category keeps (the best by score).</summary>
    public const int MaxEntries = 10;

    public required string CategoryId { get; init; }

    public IReadOnlyList<PlaybookEntry> Entries { get; init; } = [];

    /// <summary>The summary after <paramref name="entry"/> changed: it is in it if approved (and among the best), out of it otherwise.</summary>
    public ApprovedPlaybook With(PlaybookEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entries = Entries.Where(e => e.Id != entry.Id);
        if (entry.Status == PlaybookStatus.Approved && entry.CategoryId == CategoryId)
        {
            entries = entries.Append(entry);
        }

        return this with { Entries = Best(entries) };
    }

    public static IReadOnlyList<PlaybookEntry> Best(IEnumerable<PlaybookEntry> entries) =>
        entries.OrderByDescending(e => e.Score).ThenBy(e => e.Id, StringComparer.Ordinal).Take(MaxEntries).ToList();

    public bool SameAs(ApprovedPlaybook other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return CategoryId == other.CategoryId && Entries.SequenceEqual(other.Entries);
    }
}
