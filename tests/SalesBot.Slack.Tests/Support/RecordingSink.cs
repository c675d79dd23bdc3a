using System.Threading.Channels;
using SalesBot.Slack.Inbound;

namespace SalesBot.Slack.Tests.Support;

/// <summary>A turn sink that records what the Slack layer hands over; modal answers come from <see cref="OnSubmit"/>.</summary>
public sealed class RecordingSink : ISlackTurnSink
{
    private readonly Channel<SlackInbound> _items = Channel.CreateUnbounded<SlackInbound>();
    private readonly List<SlackInbound> _all = [];
    private readonly Lock _lock = new();

    public Func<SlackViewSubmission, CancellationToken, Task<SlackViewSubmissionResult>> OnSubmit { get; set; } =
        (_, _) => Task.FromResult(SlackViewSubmissionResult.Close);

    public IReadOnlyList<SlackInbound> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _all];
            }
        }
    }

    public Task HandleAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _all.Add(inbound);
        }

        _items.Writer.TryWrite(inbound);
        return Task.CompletedTask;
    }

    public async Task<SlackViewSubmissionResult> SubmitViewAsync(SlackViewSubmission submission, CancellationToken cancellationToken)
    {
        await HandleAsync(submission, cancellationToken);
        return await OnSubmit(submission, cancellationToken);
    }

    /// <summary>The next item handed to the sink (fails the test after a generous timeout instead of hanging).</summary>
    public async Task<T> NextAsync<T>(TimeSpan? timeout = null)
        where T : SlackInbound
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var item = await _items.Reader.ReadAsync(cts.Token);
        return Assert.IsAssignableFrom<T>(item);
    }

    /// <summary>True when nothing is pending: every request sent so far was processed or refused.</summary>
    public bool IsEmpty => !_items.Reader.TryPeek(out _);
}
