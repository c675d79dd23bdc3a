using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SalesBot.Core.Conversations;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Delivers one occurrence exactly once across instances, restarts and double fires (ADR 0005 §4.3): re-resolve the
/// occurrence from the store, apply the misfire policy, take the person's nudge slot of the day, wait for the channel's
/// pacer, claim the key in the ledger (conditional create, lease), fence the attempt (Claimed → Sending under the
/// claim's ETag), send through the proactive pipeline with the idempotency key <c>{key}#{attempt}</c>, and record the
/// outcome under the Sending ETag. Quartz jobs only enqueue here, so Quartz's pool never saturates.
/// </summary>
internal sealed partial class OccurrenceDispatcher : IHostedService, IDisposable
{
    private readonly AgendaLoader _agendas;
    private readonly DeliveryLedger _ledger;
    private readonly DueIndex _due;
    private readonly OccurrenceComposer _composer;
    private readonly ChannelPacer _pacer;
    private readonly IProactiveSender _proactive;
    private readonly IOccurrenceTriggers _triggers;
    private readonly DuePlanner _planner;
    private readonly SchedulingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OccurrenceDispatcher> _logger;
    private readonly Channel<DueEntry> _queue = Channel.CreateUnbounded<DueEntry>();
    private readonly ConcurrentDictionary<string, bool> _inFlight = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _idle = NewIdle(completed: true);
    private int _busy;
    private Task[] _workers = [];

    public OccurrenceDispatcher(
        AgendaLoader agendas,
        DeliveryLedger ledger,
        DueIndex due,
        OccurrenceComposer composer,
        ChannelPacer pacer,
        IProactiveSender proactive,
        IOccurrenceTriggers triggers,
        DuePlanner planner,
        IOptions<SchedulingOptions> options,
        TimeProvider time,
        ILogger<OccurrenceDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _agendas = agendas;
        _ledger = ledger;
        _due = due;
        _composer = composer;
        _pacer = pacer;
        _proactive = proactive;
        _triggers = triggers;
        _planner = planner;
        _options = options.Value;
        _time = time;
        _logger = logger;
        InstanceId = $"{Environment.MachineName}/{Guid.NewGuid().ToString("N")[..12]}";
    }

    /// <summary>This instance's id in ledger claims.</summary>
    public string InstanceId { get; }

    /// <summary>Occurrences queued or being dispatched on this instance.</summary>
    public int Busy => Volatile.Read(ref _busy);

    /// <summary>Hands an occurrence to the workers (what a Quartz fire does); returns at once.</summary>
    public void Enqueue(DueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            if (_busy++ == 0)
            {
                _idle = NewIdle(completed: false);
            }
        }

        if (!_queue.Writer.TryWrite(entry))
        {
            Done();
        }
    }

    /// <summary>Completes when nothing is queued or being dispatched (tests wait on this instead of sleeping).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _idle.Task;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = Enumerable.Range(0, Math.Max(1, _options.MaxConcurrentSends)).Select(_ => Task.Run(WorkAsync, CancellationToken.None)).ToArray();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking new work; what is mid-send finishes (bounded by the host's shutdown timeout). Keys still queued are
        // unclaimed: the other instance's own triggers, or this one's refill after a restart, deliver them.
        _queue.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_workers).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync();
        }
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>Dispatches one occurrence now, on the caller's task (tests and the benchmark; workers call this too).</summary>
    public async Task<DispatchOutcome> DispatchAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = $"{entry.TenantKey}|{entry.Key.DocumentId}";
        if (!_inFlight.TryAdd(id, true))
        {
            return DispatchOutcome.InFlight;
        }

        try
        {
            var outcome = await RunAsync(entry, cancellationToken);
            LogDispatched(_logger, entry.Key.DocumentId, outcome);
            return outcome;
        }
        finally
        {
            _inFlight.TryRemove(id, out _);
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var entry in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await DispatchAsync(entry, _stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // Shutting down: the lease (or the missing claim) lets another instance or a restart finish it.
            }
            catch (Exception ex)
            {
                // A store outage or a bug: nothing was recorded as final, so the refill fires it again.
                LogDispatchFailed(_logger, ex, entry.Key.DocumentId);
            }
            finally
            {
                Done();
            }
        }
    }

    private void Done()
    {
        lock (_gate)
        {
            if (--_busy == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private async Task<DispatchOutcome> RunAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        var key = entry.Key;
        var now = _time.GetUtcNow();
        var existing = await _ledger.GetAsync(entry.RecipientId, key.DocumentId, cancellationToken);
        if (existing is { Record.IsTerminal: true })
        {
            await _due.SettleAsync(entry, cancellationToken);
            return DispatchOutcome.AlreadyDone;
        }

        var agenda = await _agendas.LoadAsync(entry.TenantKey, entry.RecipientId, cancellationToken);
        var planned = agenda is null ? null : RecipientPlanner.Resolve(agenda, key);
        if (agenda is null || planned is null)
        {
            return await FinishAsync(entry, New(entry, DeliveryState.Cancelled, entry.SendAt, now, "schedule-changed"), DispatchOutcome.Cancelled, cancellationToken);
        }

        if (planned.SendAt > now + SchedulingRules.EarlyTolerance)
        {
            // Moved later (or fired early): its own time comes.
            await _triggers.RegisterAsync(entry with { SendAt = planned.SendAt }, planned.SendAt, cancellationToken);
            return DispatchOutcome.Rescheduled;
        }

        if (existing is { Record: { State: DeliveryState.RetryWait, NextAttemptAt: { } retryAt } held } && retryAt > now + SchedulingRules.EarlyTolerance
            && (held.Owner == InstanceId || held.LeaseUntil > now))
        {
            if (held.Owner == InstanceId)
            {
                await _triggers.RegisterAsync(entry, retryAt, cancellationToken);
            }

            return DispatchOutcome.HeldByOther;
        }

        var decision = MisfirePolicy.Decide(planned, agenda.Person, now);
        if (decision.Action == MisfireAction.Wait)
        {
            await _triggers.RegisterAsync(entry, decision.WaitUntil!.Value, cancellationToken);
            return DispatchOutcome.Rescheduled;
        }

        if (decision.Action == MisfireAction.Skip)
        {
            return await FinishAsync(entry, New(entry, DeliveryState.Skipped, planned.SendAt, now, decision.SkipReason?.ToString()), DispatchOutcome.Skipped, cancellationToken);
        }

        if (key.IsNudge && existing is null)
        {
            var zone = TimeZones.Find(planned.RecipientTimeZoneId);
            if (!await _ledger.TakeDayAsync(entry.RecipientId, WallClock.LocalDate(planned.SendAt, zone), key.DocumentId, cancellationToken))
            {
                return await FinishAsync(entry, New(entry, DeliveryState.Skipped, planned.SendAt, now, SkipReason.DailyCapReached.ToString()), DispatchOutcome.Skipped, cancellationToken);
            }
        }

        var user = RhythmIds.User(entry.RecipientId);
        await _pacer.WaitAsync(user.Channel, user.TenantId, user.UserId, cancellationToken);
        now = _time.GetUtcNow();

        // Claim (or take over an expired claim / our own retry) by a conditional write.
        var claimed = New(entry, DeliveryState.Claimed, planned.SendAt, now, null) with { LeaseUntil = now + _options.Lease, CaughtUp = decision.CaughtUp };
        var claim = await _ledger.CreateAsync(claimed, cancellationToken);
        var record = claim.Record;
        var etag = claim.ETag;
        var recovering = false;
        if (!claim.Created)
        {
            if (record.IsTerminal)
            {
                await _due.SettleAsync(entry, cancellationToken);
                return DispatchOutcome.AlreadyDone;
            }

            var expired = record.LeaseUntil is not { } lease || lease <= now;
            var mine = record.Owner == InstanceId;
            if (record.State == DeliveryState.Sending && !expired)
            {
                return DispatchOutcome.HeldByOther;
            }

            if (record.State is DeliveryState.Claimed or DeliveryState.RetryWait && !expired && !mine)
            {
                return DispatchOutcome.HeldByOther;
            }

            recovering = record.State == DeliveryState.Sending;
            var takeOver = record.Next(DeliveryState.Claimed, InstanceId, now, recovering ? "recovering an attempt in flight" : "take over") with
            {
                LeaseUntil = now + _options.Lease,
                CaughtUp = decision.CaughtUp,
                NextAttemptAt = null,
            };
            if (await _ledger.ReplaceAsync(takeOver, etag, cancellationToken) is not { } taken)
            {
                return DispatchOutcome.LostRace;
            }

            (record, etag) = (takeOver, taken);
        }

        // The fence: only the instance whose replace wins sends this attempt. A recovered attempt keeps its number, so its
        // idempotency key finds out whether the dead instance had already committed (and so maybe sent) it.
        var attempt = recovering ? Math.Max(1, record.Attempt) : record.Attempt + 1;
        var sending = record.Next(DeliveryState.Sending, InstanceId, now, $"attempt {attempt}") with
        {
            Attempt = attempt,
            AttemptStartedAt = now,
            LeaseUntil = now + _options.Lease,
        };
        if (await _ledger.ReplaceAsync(sending, etag, cancellationToken) is not { } sendingTag)
        {
            return DispatchOutcome.LostRace;
        }

        var messages = await _composer.ComposeAsync(entry.TenantKey, planned, agenda, cancellationToken);
        if (messages is null || messages.Count == 0)
        {
            return await RecordAsync(entry, sending, sendingTag, DeliveryState.Cancelled, "nothing-to-say", now, cancellationToken);
        }

        var result = await _proactive.SendAsync(new ProactiveRequest
        {
            User = user,
            Reason = OccurrenceKey.Token(key.Kind),
            Messages = messages,
            IdempotencyKey = $"{key.DocumentId}#{attempt}",
        }, cancellationToken);
        now = _time.GetUtcNow();
        switch (result.Status)
        {
            case ProactiveStatus.Delivered:
                return await RecordAsync(entry, sending with { SentAt = now, MessageIds = result.MessageIds }, sendingTag, DeliveryState.Sent, null, now, cancellationToken);
            case ProactiveStatus.Duplicate when recovering && key.Kind == OccurrenceKind.Brief && attempt < _options.MaxAttempts:
                // The dead instance had committed this attempt: it may or may not have arrived. A brief must not be missed:
                // send it once more (at least once); everything else stays at most once.
                return await RetryAsync(entry, sending, sendingTag, "recovered-after-commit", now, now, cancellationToken);
            case ProactiveStatus.Duplicate:
                return await RecordAsync(entry, sending, sendingTag, DeliveryState.Indeterminate, "in flight when its instance stopped", now, cancellationToken);
            case ProactiveStatus.NoReference:
                return await RecordAsync(entry, sending, sendingTag, DeliveryState.Failed, "no-reference: never talked to SalesBot", now, cancellationToken);
            case ProactiveStatus.Inactive:
            case ProactiveStatus.RecipientGone:
                return await RecordAsync(entry, sending, sendingTag, DeliveryState.Failed, $"recipient-unreachable: {result.Detail ?? result.Status.ToString()}", now, cancellationToken);
            case ProactiveStatus.NoMessenger:
                return await RecordAsync(entry, sending, sendingTag, DeliveryState.Failed, "no-messenger", now, cancellationToken);
            case ProactiveStatus.Skipped:
                return await RecordAsync(entry, sending, sendingTag, DeliveryState.Skipped, "nothing-to-say", now, cancellationToken);
            default:
                // Transient (after the messenger's own retries), Failed (store) or NotAccepted (queue full, stopping).
                var next = now + TimeSpan.FromTicks(_options.RetryDelay.Ticks * (long)Math.Pow(4, attempt - 1));
                if (attempt >= _options.MaxAttempts || next >= planned.UsefulUntil)
                {
                    return await RecordAsync(entry, sending, sendingTag, DeliveryState.Failed, $"retries-exhausted: {result.Status} {result.Detail}", now, cancellationToken);
                }

                return await RetryAsync(entry, sending, sendingTag, $"{result.Status} {result.Detail}", next, now, cancellationToken);
        }
    }

    private async Task<DispatchOutcome> RetryAsync(DueEntry entry, DeliveryRecord sending, string etag, string reason, DateTimeOffset next, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = sending.Next(DeliveryState.RetryWait, InstanceId, now, reason) with
        {
            NextAttemptAt = next,
            LeaseUntil = next + _options.Lease,
            Reason = reason,
        };
        if (await _ledger.ReplaceAsync(waiting, etag, cancellationToken) is null)
        {
            return DispatchOutcome.LostRace;
        }

        await _triggers.RegisterAsync(entry, next, cancellationToken);
        return DispatchOutcome.RetryScheduled;
    }

    private async Task<DispatchOutcome> RecordAsync(DueEntry entry, DeliveryRecord sending, string etag, DeliveryState state, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var final = sending.Next(state, InstanceId, now, reason) with { Reason = reason, LeaseUntil = null };
        if (await _ledger.ReplaceAsync(final, etag, cancellationToken) is null)
        {
            // Our lease ran out mid-send and another instance took over: it records the outcome.
            return DispatchOutcome.LostRace;
        }

        await AfterFinalAsync(entry, cancellationToken);
        return state switch
        {
            DeliveryState.Sent => DispatchOutcome.Sent,
            DeliveryState.Skipped => DispatchOutcome.Skipped,
            DeliveryState.Cancelled => DispatchOutcome.Cancelled,
            DeliveryState.Indeterminate => DispatchOutcome.Indeterminate,
            _ => DispatchOutcome.Failed,
        };
    }

    private async Task<DispatchOutcome> FinishAsync(DueEntry entry, DeliveryRecord record, DispatchOutcome outcome, CancellationToken cancellationToken)
    {
        var created = await _ledger.CreateAsync(record, cancellationToken);
        if (!created.Created && !created.Record.IsTerminal)
        {
            // Someone holds a live claim: they decide.
            return DispatchOutcome.HeldByOther;
        }

        await AfterFinalAsync(entry, cancellationToken);
        return created.Created ? outcome : DispatchOutcome.AlreadyDone;
    }

    // The key is final: the due entry is settled and the recipient's next occurrences are (re)derived from the store.
    private async Task AfterFinalAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        await _due.SettleAsync(entry, cancellationToken);
        await _planner.RefreshAsync(entry.TenantKey, entry.RecipientId, update: false, cancellationToken);
    }

    private DeliveryRecord New(DueEntry entry, DeliveryState state, DateTimeOffset plannedAt, DateTimeOffset now, string? reason) => new()
    {
        Key = entry.Key.DocumentId,
        Kind = entry.Kind,
        RecipientId = entry.RecipientId,
        State = state,
        Owner = InstanceId,
        PlannedAt = plannedAt,
        Reason = reason,
        History = [new DeliveryTransition(now, state, InstanceId, reason)],
    };

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            idle.SetResult();
        }

        return idle;
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "Occurrence {Key}: {Outcome}")]
    private static partial void LogDispatched(ILogger logger, string key, DispatchOutcome outcome);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Occurrence {Key} could not be dispatched; the refill tries again")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string key);
}
