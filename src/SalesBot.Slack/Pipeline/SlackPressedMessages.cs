using System.Collections.Concurrent;

namespace SalesBot.Slack.Pipeline;

/// <summary>
/// Pressed messages remembered between the <c>block_actions</c> request and the turn's update of that message (moments
/// later, on this instance): keyed by workspace and message <c>ts</c>, kept 30 minutes, bounded.
/// </summary>
public sealed class SlackPressedMessages(TimeProvider time)
{
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    internal const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, SlackPressedMessage> _messages = new(StringComparer.Ordinal);

    public void Remember(string teamId, string ts, SlackPressedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_messages.Count >= MaxEntries)
        {
            var now = time.GetUtcNow();
            foreach (var (key, old) in _messages)
            {
                if (now - old.SeenAt > Lifetime)
                {
                    _messages.TryRemove(key, out _);
                }
            }

            if (_messages.Count >= MaxEntries)
            {
                _messages.Clear();
            }
        }

        _messages[teamId + ":" + ts] = message;
    }

    public SlackPressedMessage? Find(string teamId, string ts) =>
        _messages.TryGetValue(teamId + ":" + ts, out var message) && time.GetUtcNow() - message.SeenAt <= Lifetime ? message : null;
}
