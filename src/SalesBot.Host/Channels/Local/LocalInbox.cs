using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesBot.Core.Messaging;
using SalesBot.Host.Storage;

namespace SalesBot.Host.Channels.Local;

/// <summary>
/// Messages the bot sent first to a local user, kept in the store (in the user's own partition, with a time to live) so
/// they survive a page reload or a restart until the page picks them up. Ids are ordered and serve as the page's
/// cursor. Writers signal open streams of that user in this process; streams also re-read on an interval.
/// </summary>
internal sealed class LocalInbox(IDocumentStore documents, IOptions<LocalChannelOptions> options, TimeProvider time)
{
    internal const string ItemType = "local-inbox";

    private readonly ConcurrentDictionary<UserKey, TaskCompletionSource> _signals = new();
    private long _lastTicks;

    /// <summary>A new id, later than every id this process issued before (and than the clock).</summary>
    public string NextId()
    {
        var now = time.GetUtcNow().UtcTicks;
        long next;
        long last;
        do
        {
            last = Interlocked.Read(ref _lastTicks);
            next = Math.Max(now, last + 1);
        }
        while (Interlocked.CompareExchange(ref _lastTicks, next, last) != last);

        return "inbox-" + next.ToString("D19", CultureInfo.InvariantCulture);
    }

    public async Task AppendAsync(UserKey user, IReadOnlyList<LocalInboxItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ttl = TimeSpan.FromDays(Math.Max(1, options.Value.InboxDays));
        foreach (var item in items)
        {
            await documents.CreateAsync(
                new DocumentWrite(DocumentConversationStore.PartitionFor(user), item.Id, ItemType, JsonSerializer.Serialize(item, LocalJsonContext.Default.LocalInboxItem), ttl),
                cancellationToken);
        }

        Signal(user);
    }

    /// <summary>The items after <paramref name="after"/> (all unexpired ones when null), oldest first.</summary>
    public async Task<IReadOnlyList<LocalInboxItem>> ReadAfterAsync(UserKey user, string? after, CancellationToken cancellationToken)
    {
        var stored = await documents.QueryAsync(DocumentConversationStore.PartitionFor(user), ItemType, cancellationToken);
        return stored
            .Where(d => after is null || string.CompareOrdinal(d.Id, after) > 0)
            .Select(d => JsonSerializer.Deserialize(d.Body, LocalJsonContext.Default.LocalInboxItem)!)
            .ToList();
    }

    /// <summary>Completes when something is appended to the user's inbox in this process. Take it before reading, then await it.</summary>
    public Task ChangedAsync(UserKey user) =>
        _signals.GetOrAdd(user, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private void Signal(UserKey user)
    {
        if (_signals.TryRemove(user, out var signal))
        {
            signal.TrySetResult();
        }
    }
}
