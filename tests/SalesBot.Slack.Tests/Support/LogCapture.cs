using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// Collects every log line (message and exception text) so tests can assert secrets never appear, and signals when a
/// log event (by id) was written, so a test can wait for background work without sleeping.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentDictionary<int, int> _events = new();
    private readonly List<(int EventId, int Count, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<string> Lines => [.. _lines];

    public string All => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>How often the event was logged so far.</summary>
    public int Count(int eventId) => _events.GetValueOrDefault(eventId);

    /// <summary>Completes once the event was logged at least <paramref name="count"/> times in total.</summary>
    public Task WaitForAsync(int eventId, int count = 1, TimeSpan? timeout = null)
    {
        lock (_waiters)
        {
            if (Count(eventId) >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((eventId, count, signal));
            return signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
        }
    }

    public void Dispose()
    {
    }

    private void Record(string line, int eventId)
    {
        _lines.Enqueue(line);
        lock (_waiters)
        {
            var count = _events.AddOrUpdate(eventId, 1, (_, n) => n + 1);
            foreach (var waiter in _waiters.Where(w => w.EventId == eventId && count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Record($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} {exception}", eventId.Id);
    }
}
