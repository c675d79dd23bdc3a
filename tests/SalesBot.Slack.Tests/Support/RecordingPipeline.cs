using SalesBot.Core.Messaging;

namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// The turn pipeline at its boundary: records the turns a channel hands in (queued or run synchronously), answers what
/// the test says, and signals each one so tests wait without sleeping.
/// </summary>
public sealed class RecordingPipeline : ITurnPipeline
{
    private readonly Lock _gate = new();
    private readonly List<(InboundTurn Turn, TurnDelivery? Delivery)> _turns = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public EnqueueResult EnqueueAnswer { get; set; } = EnqueueResult.Accepted;

    public Func<InboundTurn, TurnResult> ProcessAnswer { get; set; } = _ => new TurnResult([]);

    public IReadOnlyList<(InboundTurn Turn, TurnDelivery? Delivery)> Turns
    {
        get
        {
            lock (_gate)
            {
                return [.. _turns];
            }
        }
    }

    public ValueTask<EnqueueResult> EnqueueAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        Record(turn, null);
        return ValueTask.FromResult(EnqueueAnswer);
    }

    public Task<TurnResult> ProcessAsync(InboundTurn turn, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        Record(turn, delivery);
        return Task.FromResult(ProcessAnswer(turn));
    }

    /// <summary>The n-th turn handed in (1-based), once it arrives.</summary>
    public async Task<(InboundTurn Turn, TurnDelivery? Delivery)> TurnAsync(int number)
    {
        Task wait;
        lock (_gate)
        {
            if (_turns.Count >= number)
            {
                return _turns[number - 1];
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((number, signal));
            wait = signal.Task;
        }

        await wait.WaitAsync(TimeSpan.FromSeconds(10));
        return Turns[number - 1];
    }

    private void Record(InboundTurn turn, TurnDelivery? delivery)
    {
        lock (_gate)
        {
            _turns.Add((turn, delivery));
            foreach (var waiter in _waiters.Where(w => _turns.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }
}
