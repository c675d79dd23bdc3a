namespace SalesBot.Teams.Pipeline;

/// <summary>
/// What SalesBot needs to retire a pressed card's buttons in Teams, which (unlike Slack) never sends the card back with a
/// press: the content of the cards with buttons it sent recently, and the title of the button just pressed. An answered
/// card is then updated to the same content without buttons plus "✓ You chose …". In memory, per process, bounded
/// (<see cref="Capacity"/> cards, <see cref="Lifetime"/>): after a restart, on another instance or for an old card the
/// content is unknown and the card is left as it is (every handler re-checks a stale press).
/// </summary>
public sealed class TeamsCardMemory(TimeProvider time)
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly Bounded<OutboundMessage> _sent = new(Capacity);
    private readonly Bounded<string> _pressed = new(Capacity);

    /// <summary>Remembers a message the bot sent, when it has buttons (only those are ever retired).</summary>
    public void RememberSent(string conversationId, string activityId, OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Actions.Count > 0 && !string.IsNullOrEmpty(conversationId) && !string.IsNullOrEmpty(activityId))
        {
            _sent.Set(Key(conversationId, activityId), message, time.GetUtcNow());
        }
    }

    /// <summary>Remembers the title of the button pressed on a card (from the press's button data).</summary>
    public void RememberPress(string conversationId, string activityId, string title)
    {
        if (!string.IsNullOrEmpty(conversationId) && !string.IsNullOrEmpty(activityId) && !string.IsNullOrWhiteSpace(title))
        {
            _pressed.Set(Key(conversationId, activityId), title, time.GetUtcNow());
        }
    }

    /// <summary>
    /// The card to show instead of a pressed one: its content without buttons, and "✓ You chose …" when the pressed
    /// button is known; null when the card's content is not known here.
    /// </summary>
    public OutboundMessage? Retired(string conversationId, string activityId)
    {
        var key = Key(conversationId, activityId);
        var now = time.GetUtcNow();
        if (!_sent.TryTake(key, now, out var card))
        {
            return null;
        }

        var retired = card with { Actions = [] };
        return _pressed.TryTake(key, now, out var title)
            ? retired with { Sections = [.. retired.Sections, new MessageSection { Text = Chosen(title) }] }
            : retired;
    }

    /// <summary>The card was replaced: forget its old content.</summary>
    public void Forget(string conversationId, string activityId)
    {
        var key = Key(conversationId, activityId);
        _sent.Remove(key);
        _pressed.Remove(key);
    }

    /// <summary>The line a retired card ends with.</summary>
    public static string Chosen(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return $"\u2713 You chose **{PlainText.StripMarkup(title)}**";
    }

    private static string Key(string conversationId, string activityId) => conversationId + "|" + activityId;

    /// <summary>
    /// A dictionary that forgets its oldest entries beyond its capacity and entries older than <see cref="Lifetime"/>. The
    /// insertion-order queue may hold ids already taken; it is trimmed from the front and never grows past twice the capacity.
    /// </summary>
    private sealed class Bounded<T>(int capacity)
    {
        private readonly Dictionary<string, (T Value, DateTimeOffset At, long Sequence)> _entries = new(StringComparer.Ordinal);
        private readonly Queue<(string Key, long Sequence)> _order = new();
        private readonly Lock _lock = new();
        private long _sequence;

        public void Set(string key, T value, DateTimeOffset now)
        {
            lock (_lock)
            {
                var sequence = ++_sequence;
                _entries[key] = (value, now, sequence);
                _order.Enqueue((key, sequence));
                while (_order.TryPeek(out var oldest))
                {
                    var live = _entries.TryGetValue(oldest.Key, out var entry) && entry.Sequence == oldest.Sequence;
                    if (live && _entries.Count <= capacity && _order.Count <= 2 * capacity && now - entry.At <= Lifetime)
                    {
                        break;
                    }

                    _order.Dequeue();
                    if (live)
                    {
                        _entries.Remove(oldest.Key);
                    }
                }
            }
        }

        public bool TryTake(string key, DateTimeOffset now, out T value)
        {
            lock (_lock)
            {
                if (_entries.Remove(key, out var entry) && now - entry.At <= Lifetime)
                {
                    value = entry.Value;
                    return true;
                }

                value = default!;
                return false;
            }
        }

        public void Remove(string key)
        {
            lock (_lock)
            {
                _entries.Remove(key);
            }
        }
    }
}
