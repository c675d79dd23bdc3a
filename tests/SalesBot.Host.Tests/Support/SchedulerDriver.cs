using Quartz;

namespace SalesBot.Host.Tests.Support;

/// <summary>
/// Drives running Quartz schedulers on a shared fake clock from one fire time to the next, waiting (on explicit signals,
/// never on real time) after each step until every trigger due by then has fired, its job has run and each host's
/// dispatcher is idle. So a test sees exactly what production would do at each instant, only faster.
/// </summary>
public sealed class SchedulerDriver : ITriggerListener
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RepokeInterval = TimeSpan.FromMilliseconds(200);
    private readonly Lock _gate = new();
    private readonly List<(RhythmHost Host, IScheduler Scheduler)> _hosts = [];
    // Fires that started (TriggerFired) and have not completed, by scheduler and fire instance. A set, not a counter: a
    // fire that began before this driver listened (a host's start-up refill) completes without having been counted, and
    // once drove a counter to -1, so that no step could ever settle (seen under a loaded full test run).
    private readonly HashSet<(string Scheduler, string Fire)> _running = [];
    private readonly Dictionary<string, Dictionary<TriggerKey, int>> _awaiting = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = "driver-" + Guid.NewGuid().ToString("N");

    /// <summary>Fire times the driver stepped to.</summary>
    public int Steps { get; private set; }

    public static async Task<SchedulerDriver> ForAsync(params RhythmHost[] hosts)
    {
        var driver = new SchedulerDriver();
        foreach (var host in hosts)
        {
            await driver.AddAsync(host);
        }

        return driver;
    }

    public async Task AddAsync(RhythmHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var scheduler = await host.SchedulerAsync();
        scheduler.ListenerManager.AddTriggerListener(this, []);
        if (host.Services.GetService(typeof(SalesBot.Host.Scheduling.IOccurrenceTriggers)) is SalesBot.Host.Scheduling.QuartzTriggers triggers)
        {
            triggers.OnImmediate = ExpectImmediate;
        }
        lock (_gate)
        {
            _hosts.Add((host, scheduler));
        }
    }

    public void Remove(RhythmHost host)
    {
        lock (_gate)
        {
            var removed = _hosts.Where(h => h.Host == host).Select(h => h.Scheduler.SchedulerName).ToHashSet();
            _hosts.RemoveAll(h => h.Host == host);
            _running.RemoveWhere(f => removed.Contains(f.Scheduler));
        }

        Signal();
    }

    private int Running()
    {
        lock (_gate)
        {
            return _running.Count;
        }
    }

    /// <summary>Steps the clock through every fire time up to <paramref name="until"/>, then sets it there.</summary>
    public async Task RunUntilAsync(DateTimeOffset until)
    {
        var time = Hosts()[0].Host.Time;
        while (true)
        {
            await SettleAsync();
            var next = await NextFireTimeAsync();
            if (next is null || next > until)
            {
                if (time.GetUtcNow() < until)
                {
                    await StepAsync(until);
                    await SettleAsync();
                }

                return;
            }

            if (next > time.GetUtcNow())
            {
                Log.Add($"{time.GetUtcNow():u} -> {next:u}");
                await StepAsync(next.Value);
                Steps++;
            }
        }
    }

    /// <summary>Moves the clock straight to <paramref name="to"/>: whatever was due in between fires late, at once (downtime).</summary>
    public async Task JumpAsync(DateTimeOffset to)
    {
        await SettleAsync();
        await StepAsync(to);
        await SettleAsync();
    }

    /// <summary>Waits until every trigger expected at the current fake time has completed and every dispatcher is idle.</summary>
    public async Task SettleAsync()
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            var busy = new List<Task>();
            var pending = false;
            foreach (var (host, scheduler) in Hosts())
            {
                var now = host.Time.GetUtcNow();
                var all = (await scheduler.QueryTriggers(new TriggerQuery { Take = PagedQuery.All })).Items.ToDictionary(h => h.Key);
                lock (_gate)
                {
                    var awaiting = Awaiting(scheduler.SchedulerName);
                    foreach (var key in awaiting.Keys.ToList())
                    {
                        // Rescheduled to a later time, or unscheduled: no fire to wait for. (Firing: next fire time is null.)
                        if (!all.TryGetValue(key, out var header) || header.NextFireTimeUtc > now)
                        {
                            awaiting.Remove(key);
                        }
                    }

                    pending |= awaiting.Count > 0;
                }

                if (host.Dispatcher.Busy > 0)
                {
                    busy.Add(host.Dispatcher.WhenIdleAsync());
                }
            }

            if (!pending && busy.Count == 0 && Running() == 0)
            {
                return;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Schedulers did not settle within {StepTimeout.TotalSeconds} s: {Describe()}");
            }

            // Quartz reads the clock, then clears its scheduling-change signal, then acquires triggers
            // (QuartzSchedulerThread.Run): a poke landing between the first two is lost and the thread idles for up to
            // its 30 s idle wait with a due trigger. While a fire is still awaited, poke again after a short pause.
            // This only re-sends the wake-up; what the test waits for is still the fire's completion signal.
            using var repoke = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            var wake = pending ? Task.Delay(RepokeInterval, repoke.Token) : Task.Delay(Timeout.Infinite, repoke.Token);
            var done = await Task.WhenAny(busy.Append(changed).Append(wake));
            await repoke.CancelAsync();
            if (done == wake && !timeout.IsCancellationRequested)
            {
                await PokeAsync();
            }
        }
    }

    private string Describe()
    {
        lock (_gate)
        {
            var awaiting = string.Join(", ", _awaiting.SelectMany(s => s.Value.Select(k => $"{s.Key}/{k.Key} x{k.Value}")));
            var busy = string.Join(", ", _hosts.Select(h => $"{h.Scheduler.SchedulerName} busy={h.Host.Dispatcher.Busy}"));
            return $"awaiting [{awaiting}]; running {_running.Count}; {busy}; log:{Environment.NewLine}{string.Join(Environment.NewLine, Log.TakeLast(40))}";
        }
    }

    /// <summary>Records which triggers must fire at <paramref name="to"/> (before Quartz can see the new time), then moves the clock and wakes the schedulers.</summary>
    private async Task StepAsync(DateTimeOffset to)
    {
        foreach (var (_, scheduler) in Hosts())
        {
            var due = (await scheduler.QueryTriggers(new TriggerQuery { Take = PagedQuery.All })).Items.Where(h => h.NextFireTimeUtc <= to).ToList();
            lock (_gate)
            {
                var awaiting = Awaiting(scheduler.SchedulerName);
                foreach (var header in due)
                {
                    awaiting[header.Key] = awaiting.GetValueOrDefault(header.Key) + 1;
                }
            }
        }

        Hosts()[0].Host.Time.SetUtcNow(to);
        await PokeAsync();
    }

    /// <summary>A trigger registered to fire at once (catch-up, retry now): wait for it too.</summary>
    internal void ExpectImmediate(string scheduler, TriggerKey key)
    {
        lock (_gate)
        {
            var awaiting = Awaiting(scheduler);
            awaiting[key] = awaiting.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>What happened, for a failing test's output: each clock step and each fire.</summary>
    public List<string> Log { get; } = [];

    public ValueTask TriggerFired(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(context);
        lock (_gate)
        {
            Log.Add($"  fired {trigger.Key} scheduled {context.ScheduledFireTimeUtc:u} at {context.FireTimeUtc:u}");
        }

        lock (_gate)
        {
            _running.Add((context.Scheduler.SchedulerName, context.FireInstanceId));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

    public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        Signal();
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerSkipped(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        Signal();
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(context);
        lock (_gate)
        {
            var awaiting = Awaiting(context.Scheduler.SchedulerName);
            if (awaiting.TryGetValue(trigger.Key, out var count))
            {
                if (count <= 1)
                {
                    awaiting.Remove(trigger.Key);
                }
                else
                {
                    awaiting[trigger.Key] = count - 1;
                }
            }
        }

        lock (_gate)
        {
            _running.Remove((context.Scheduler.SchedulerName, context.FireInstanceId));
        }

        Signal();
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerRetriesExhausted(ITrigger trigger, IJobExecutionContext context, JobExecutionException exception, CancellationToken cancellationToken = default)
    {
        Signal();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Wakes each scheduler's thread after the fake clock moved: Quartz waits on a semaphore with real-time timeouts (up to
    /// its 30 s idle wait), so without a scheduling-change signal it would notice the new time only that much later.
    /// Resuming the (never paused) delivery job is the cheapest public call that raises that signal.
    /// </summary>
    private async Task PokeAsync()
    {
        foreach (var (_, scheduler) in Hosts())
        {
            if (scheduler.Status == SchedulerStatus.Running)
            {
                await scheduler.ResumeJob(SalesBot.Host.Scheduling.QuartzTriggers.DeliverJob);
            }
        }
    }

    private async Task<DateTimeOffset?> NextFireTimeAsync()
    {
        DateTimeOffset? next = null;
        foreach (var (_, scheduler) in Hosts())
        {
            var triggers = await scheduler.QueryTriggers(new TriggerQuery { Take = PagedQuery.All });
            foreach (var header in triggers.Items)
            {
                if (header.NextFireTimeUtc is { } at && (next is null || at < next))
                {
                    next = at;
                }
            }
        }

        return next;
    }

    private Dictionary<TriggerKey, int> Awaiting(string scheduler)
    {
        if (!_awaiting.TryGetValue(scheduler, out var set))
        {
            _awaiting[scheduler] = set = [];
        }

        return set;
    }

    private List<(RhythmHost Host, IScheduler Scheduler)> Hosts()
    {
        lock (_gate)
        {
            return [.. _hosts];
        }
    }

    private void Signal()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }
}
