using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Channels.Pipeline;

/// <summary>
/// The pipeline's queue: one line per user, served first in, first out, one item at a time, with a fixed number of
/// users served in parallel by background workers (round robin, so a chatty user can't starve others). Inbound turns
/// (acknowledged or synchronous) and proactive sends to the same user share the line, so their replies never overtake
/// each other. A synchronous turn whose user has nothing queued runs on the caller's thread (it owns the line meanwhile),
/// which saves two thread hand-offs on the common path.
/// Bounded: past <see cref="PipelineOptions.QueueCapacity"/> new work is refused (channels answer 503 and the platform
/// retries). On shutdown it stops accepting, finishes everything queued within the host's shutdown timeout, then cancels
/// what is left.
/// </summary>
internal sealed partial class TurnQueue : ITurnPipeline, IProactiveSender, IHostedService, IDisposable
{
    private readonly TurnProcessor _processor;
    private readonly RecentMessageIds _recent;
    private readonly PipelineOptions _options;
    private readonly ILogger<TurnQueue> _logger;

    private readonly Lock _gate = new();
    private readonly Dictionary<UserKey, Queue<WorkItem>> _lines = [];
    private readonly Channel<UserKey> _ready = Channel.CreateUnbounded<UserKey>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly CancellationTokenSource _abort = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<TaskCompletionSource> _idleWaiters = [];
    private Task[] _workers = [];
    private int _count;
    private bool _stopping;

    public TurnQueue(TurnProcessor processor, IOptions<PipelineOptions> options, TimeProvider time, ILogger<TurnQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _processor = processor;
        _options = options.Value;
        _recent = new RecentMessageIds(_options.RecentMessageIds, time);
        _logger = logger;
    }

    /// <summary>Work queued or running.</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>
    /// Completes when nothing is queued or running, follow-ups included: an explicit signal for whoever must know the
    /// pipeline has settled (tests wait on it instead of polling or sleeping).
    /// </summary>
    internal Task WhenIdleAsync()
    {
        lock (_gate)
        {
            if (_count == 0)
            {
                return Task.CompletedTask;
            }

            var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idleWaiters.Add(idle);
            return idle.Task;
        }
    }

    public ValueTask<EnqueueResult> EnqueueAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.MessageId is { } id && !_recent.TryAdd(turn.User, id))
        {
            LogDuplicate(_logger, turn.User.Channel);
            return ValueTask.FromResult(EnqueueResult.Duplicate);
        }

        var accepted = ToEnqueueResult(TryAdd(new InboundWork(turn, null, null), external: true));
        if (accepted != EnqueueResult.Accepted && turn.MessageId is { } refused)
        {
            _recent.Remove(turn.User, refused);
        }

        return ValueTask.FromResult(accepted);
    }

    public async Task<TurnResult> ProcessAsync(InboundTurn turn, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.MessageId is { } id && !_recent.TryAdd(turn.User, id))
        {
            LogDuplicate(_logger, turn.User.Channel);
            return TurnResult.Empty(TurnStatus.Duplicate);
        }

        var completion = new TaskCompletionSource<TurnResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var item = new InboundWork(turn, delivery, completion);
        var accepted = TryAdd(item, external: true, runInline: true);
        if (accepted == Admission.Queued)
        {
            // Queued behind the user's earlier work: a worker runs it in turn.
            return await completion.Task.WaitAsync(cancellationToken);
        }

        if (accepted == Admission.RunNow)
        {
            // The user's line was idle and is now ours: run on the caller's thread (no hand-off to a worker and back),
            // then hand whatever queued up behind us meanwhile to the workers.
            await RunAsync(item);
            Finish(item.User);
            return await completion.Task;
        }

        if (turn.MessageId is { } refused)
        {
            _recent.Remove(turn.User, refused);
        }

        return TurnResult.Empty(accepted == Admission.Overloaded ? TurnStatus.Overloaded : TurnStatus.ShuttingDown);
    }

    public async Task<ProactiveResult> SendAsync(ProactiveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var completion = new TaskCompletionSource<ProactiveResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepted = ToEnqueueResult(TryAdd(new ProactiveWork(request, completion), external: true));
        return accepted == EnqueueResult.Accepted
            ? await completion.Task.WaitAsync(cancellationToken)
            : new ProactiveResult(ProactiveStatus.NotAccepted) { Detail = accepted.ToString() };
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = Enumerable.Range(0, Math.Max(1, _options.MaxConcurrentUsers)).Select(_ => Task.Run(WorkAsync, CancellationToken.None)).ToArray();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        int left;
        lock (_gate)
        {
            _stopping = true;
            left = _count;
            if (_count == 0)
            {
                _drained.TrySetResult();
            }
        }

        LogDraining(_logger, left);
        try
        {
            await _drained.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogDrainTimedOut(_logger, Count);
            await _abort.CancelAsync();
        }

        _ready.Writer.TryComplete();
        await Task.WhenAll(_workers);

        // Only after a timed-out drain: work that never got a worker is answered as "shutting down".
        List<WorkItem> abandoned;
        lock (_gate)
        {
            abandoned = _lines.Values.SelectMany(line => line).ToList();
            _lines.Clear();
            _count = 0;
        }

        foreach (var item in abandoned)
        {
            Cancel(item);
        }
    }

    public void Dispose() => _abort.Dispose();

    /// <summary>Queues follow-ups of a turn (internal work: accepted while draining, so a drained turn's notifications still go out).</summary>
    private void Post(IReadOnlyList<ProactiveRequest> followUps)
    {
        foreach (var request in followUps)
        {
            var accepted = ToEnqueueResult(TryAdd(new ProactiveWork(request, null), external: false));
            if (accepted != EnqueueResult.Accepted)
            {
                LogFollowUpDropped(_logger, request.Reason, accepted);
            }
        }
    }

    /// <summary>
    /// Adds the item to its user's line. <see cref="Admission.RunNow"/> (only when <paramref name="runInline"/>) means the
    /// line was idle and the caller now owns it: it must run the item and then call <see cref="Finish"/>, like a worker.
    /// </summary>
    private Admission TryAdd(WorkItem item, bool external, bool runInline = false)
    {
        lock (_gate)
        {
            if (_stopping && (external || _drained.Task.IsCompleted))
            {
                return Admission.ShuttingDown;
            }

            if (_count >= _options.QueueCapacity)
            {
                return Admission.Overloaded;
            }

            _count++;
            if (_lines.TryGetValue(item.User, out var line))
            {
                // The user's line is already scheduled or running: it picks this up in turn.
                line.Enqueue(item);
            }
            else
            {
                line = new Queue<WorkItem>();
                line.Enqueue(item);
                _lines[item.User] = line;
                if (runInline)
                {
                    return Admission.RunNow;
                }

                _ready.Writer.TryWrite(item.User);
            }

            return Admission.Queued;
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var user in _ready.Reader.ReadAllAsync(CancellationToken.None))
        {
            WorkItem item;
            lock (_gate)
            {
                // Peek, not dequeue: while the item runs the line stays, so new work for the user waits behind it.
                item = _lines[user].Peek();
            }

            await RunAsync(item);
            Finish(user);
        }
    }

    /// <summary>The head of the user's line is done: drop it, and schedule the line again if more work waits in it.</summary>
    private void Finish(UserKey user)
    {
        lock (_gate)
        {
            if (!_lines.TryGetValue(user, out var line))
            {
                // A timed-out shutdown already abandoned the lines.
                return;
            }

            line.Dequeue();
            _count--;
            if (_count == 0)
            {
                foreach (var idle in _idleWaiters)
                {
                    idle.TrySetResult();
                }

                _idleWaiters.Clear();
            }
            if (line.Count == 0)
            {
                _lines.Remove(user);
            }
            else
            {
                // Back of the round: other users' lines get a turn before this one's next item.
                _ready.Writer.TryWrite(user);
            }

            if (_stopping && _count == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    private async Task RunAsync(WorkItem item)
    {
        var token = _abort.Token;
        try
        {
            switch (item)
            {
                case InboundWork inbound:
                    var handled = await _processor.RunAsync(inbound.Turn, inbound.Delivery, token);
                    if (handled.Result.Status == TurnStatus.Failed && inbound.Turn.MessageId is { } failedId)
                    {
                        // Nothing was committed: let a redelivery run.
                        _recent.Remove(inbound.Turn.User, failedId);
                    }

                    inbound.Completion?.TrySetResult(handled.Result);
                    Post(handled.FollowUps);
                    break;
                case ProactiveWork proactive:
                    // Not "Completion?.TrySetResult(await …)": with no completion (a follow-up) that would skip the send.
                    var sent = await _processor.RunProactiveAsync(proactive.Request, token);
                    proactive.Completion?.TrySetResult(sent);
                    break;
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Cancel(item);
        }
        catch (Exception ex)
        {
            // The processor turns failures into results; this is a bug, not an outage. Keep the worker alive.
            LogWorkFailed(_logger, ex);
            Cancel(item);
        }
    }

    private void Cancel(WorkItem item)
    {
        switch (item)
        {
            case InboundWork inbound:
                if (inbound.Turn.MessageId is { } id)
                {
                    _recent.Remove(inbound.Turn.User, id);
                }

                inbound.Completion?.TrySetResult(TurnResult.Empty(TurnStatus.ShuttingDown));
                break;
            case ProactiveWork proactive:
                proactive.Completion?.TrySetResult(new ProactiveResult(ProactiveStatus.NotAccepted) { Detail = "cancelled" });
                break;
        }
    }

    [LoggerMessage(EventId = 120, Level = LogLevel.Debug, Message = "Duplicate {Channel} message dropped")]
    private static partial void LogDuplicate(ILogger logger, string channel);

    [LoggerMessage(EventId = 121, Level = LogLevel.Information, Message = "Pipeline stopping: finishing {Count} queued turns and messages")]
    private static partial void LogDraining(ILogger logger, int count);

    [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "Pipeline shutdown timed out with {Count} turns or messages left; cancelling them")]
    private static partial void LogDrainTimedOut(ILogger logger, int count);

    [LoggerMessage(EventId = 123, Level = LogLevel.Warning, Message = "A follow-up message ({Reason}) was not queued: {Result}")]
    private static partial void LogFollowUpDropped(ILogger logger, string reason, EnqueueResult result);

    [LoggerMessage(EventId = 124, Level = LogLevel.Error, Message = "Pipeline work failed unexpectedly")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception);

    private static EnqueueResult ToEnqueueResult(Admission admission) => admission switch
    {
        Admission.Queued => EnqueueResult.Accepted,
        Admission.Overloaded => EnqueueResult.Overloaded,
        _ => EnqueueResult.ShuttingDown,
    };

    private enum Admission
    {
        Queued,
        RunNow,
        Overloaded,
        ShuttingDown,
    }

    private abstract record WorkItem(UserKey User);

    private sealed record InboundWork(InboundTurn Turn, TurnDelivery? Delivery, TaskCompletionSource<TurnResult>? Completion) : WorkItem(Turn.User);

    private sealed record ProactiveWork(ProactiveRequest Request, TaskCompletionSource<ProactiveResult>? Completion) : WorkItem(Request.User);
}
