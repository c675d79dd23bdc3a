using System.Diagnostics;
using System.Globalization;
using Quartz;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;
using SalesBot.Host.Scheduling;

namespace SalesBot.Bench;

/// <summary>
/// The manager's rhythm at scale, through the Host's real scheduling runtime on a SQLite file and the real clock:
/// <list type="number">
/// <item><b>triggers</b>: 100,000 people (teams of eight: a manager with seven weekly or biweekly 1:1s, seven sellers with
/// a focus prompt, a weekly team nudge; 12 zones, quiet hours, away, opt-outs) stored as rhythm documents; then the time
/// and memory to derive everyone's next 8 days into the due index (the start-up top-up, with its 15-minute Quartz horizon),
/// and to register one Quartz trigger per occurrence of the next 24 hours.</item>
/// <item><b>fan-out</b>: 5,000 habit nudges due in the same minute, fired by Quartz and sent by the dispatcher (ledger
/// claim and fence, pacing, the proactive pipeline) through a rate-limited fake channel; lateness = when the fake channel
/// accepted the send minus the planned send time.</item>
/// </list>
/// </summary>
internal static class RhythmBench
{
    private static readonly string[] Zones =
    [
        "Europe/Berlin", "America/New_York", "America/Phoenix", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo",
        "Pacific/Auckland", "Asia/Tehran", "Europe/London", "America/Santiago", "Australia/Lord_Howe", "America/Los_Angeles",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var people = int.Parse(Option(args, "--people") ?? "100000", CultureInfo.InvariantCulture);
        var fanOut = int.Parse(Option(args, "--fanout") ?? "5000", CultureInfo.InvariantCulture);
        var latency = TimeSpan.FromMilliseconds(int.Parse(Option(args, "--latency-ms") ?? "20", CultureInfo.InvariantCulture));
        var only = Option(args, "--only");
        var work = Directory.CreateTempSubdirectory("salesbot-bench-");
        try
        {
            Console.WriteLine($"{Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
            if (only is null or "triggers")
            {
                await TriggersAsync(people, Path.Combine(work.FullName, "triggers.db"));
            }

            if (only is null or "fanout")
            {
                return await FanOutAsync(fanOut, latency, Path.Combine(work.FullName, "fanout.db"));
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task TriggersAsync(int people, string databasePath)
    {
        var teams = new BenchMessenger("teams", 0, 0, TimeSpan.Zero);
        using var host = RhythmBenchHost.Build(databasePath, new Dictionary<string, string?>(), teams);

        // The host is built, not started: Quartz stays in standby, so triggers are registered but nothing fires.
        await host.Services.GetRequiredService<SalesBot.Host.Storage.Sqlite.SqliteDocumentStore>().InitializeAsync(CancellationToken.None);
        var store = RhythmBenchHost.Store(host);
        var planner = host.Services.GetRequiredService<DuePlanner>();
        var loader = host.Services.GetRequiredService<AgendaLoader>();
        var triggers = host.Services.GetRequiredService<IOccurrenceTriggers>();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var now = TimeProvider.System.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var seed = Stopwatch.StartNew();
        var tenants = await SeedAsync(store, people, today);
        seed.Stop();
        Console.WriteLine($"seeded {people:N0} people in {tenants.Count} tenants ({people / 8:N0} teams, {people / 8 * 7:N0} 1:1s) into SQLite in {seed.Elapsed.TotalSeconds:N1} s");

        // Derive: what start-up (and the daily top-up) does, tenant by tenant: three queries, plan 8 days, write the due
        // index (create-only), register the triggers of the next 15 minutes.
        var derive = await MeasureAsync(async () =>
        {
            var written = 0L;
            foreach (var tenant in tenants)
            {
                await store.RegisterTenantAsync(tenant, CancellationToken.None);
                written += await planner.TopUpAsync(tenant, CancellationToken.None);
            }

            return written;
        });
        var horizonTriggers = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup())).Count(k => k.Group != "salesbot");

        // Register: one trigger per occurrence of the next 24 hours (96 refills' worth of the 15-minute horizon at once).
        var load = Stopwatch.StartNew();
        var agendas = new List<(string Tenant, RecipientAgenda Agenda)>();
        foreach (var tenant in tenants)
        {
            agendas.AddRange((await loader.LoadTenantAsync(tenant, CancellationToken.None)).Select(a => (tenant, a)));
        }

        var entries = agendas.SelectMany(a => RecipientPlanner.Plan(a.Agenda, now, now + TimeSpan.FromDays(1))
            .Where(p => p.SendAt > now).Select(p => DueEntry.From(p, a.Tenant))).ToList();
        load.Stop();
        var register = await MeasureAsync(async () =>
        {
            foreach (var entry in entries)
            {
                await triggers.RegisterAsync(entry, entry.SendAt, CancellationToken.None);
            }

            return entries.Count;
        });
        var held = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup())).Count(k => k.Group != "salesbot");
        var busiestQuarter = entries.GroupBy(e => e.SendAt.UtcTicks / TimeSpan.FromMinutes(15).Ticks).Max(g => g.Count());
        GC.KeepAlive(agendas);

        Console.WriteLine();
        Console.WriteLine($"### Derive and register triggers: {people:N0} people, {tenants.Count} tenants, SQLite file");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| derive next 8 days into the due index (start-up top-up, all tenants) | {derive.Wall.TotalSeconds:N1} s wall, {derive.Cpu.TotalSeconds:N1} s CPU; {derive.Result:N0} due entries ({derive.Wall.TotalMicroseconds / people:N0} µs per person) |");
        Console.WriteLine($"| allocated while deriving / managed heap after | {derive.Allocated / 1048576.0:N0} MiB ({derive.Allocated / (double)people / 1024:N1} KiB per person) / {derive.HeapAfter / 1048576.0:N0} MiB |");
        Console.WriteLine($"| Quartz triggers held after start-up (15-minute horizon) | {horizonTriggers:N0} |");
        Console.WriteLine($"| read all agendas back (3 queries per tenant) and plan the next 24 h | {load.Elapsed.TotalSeconds:N1} s, {entries.Count:N0} occurrences |");
        Console.WriteLine($"| register one Quartz trigger per occurrence of the next 24 h | {register.Wall.TotalSeconds:N2} s wall ({register.Wall.TotalMicroseconds / Math.Max(1, entries.Count):N1} µs per trigger), {held:N0} triggers held |");
        Console.WriteLine($"| managed heap for those triggers | {(register.HeapAfter - register.HeapBefore) / 1048576.0:N1} MiB ({(register.HeapAfter - register.HeapBefore) / (double)Math.Max(1, entries.Count):N0} B per trigger); busiest 15 minutes: {busiestQuarter:N0} occurrences |");
        Console.WriteLine($"| process peak working set | {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB |");
    }

    /// <summary>The 100,000 people as rhythm documents, one all-or-nothing commit per team (manager, seven sellers, team, seven 1:1s).</summary>
    private static async Task<List<string>> SeedAsync(SalesBot.Host.Storage.DocumentRhythmStore store, int people, DateOnly today)
    {
        var random = new Random(20260325);
        var quiet = new QuietHours(new TimeOnly(21, 0), new TimeOnly(7, 30));
        var tenants = new List<string>();
        for (var i = 0; i + 8 <= people; i += 8)
        {
            var tenant = $"tenant-{i / 1000:D3}";
            var tenantKey = $"teams:{tenant}";
            if (tenants.Count == 0 || tenants[^1] != tenantKey)
            {
                tenants.Add(tenantKey);
            }

            var zone = Zones[i / 8 % Zones.Length];
            var managerId = $"{tenantKey}:29:user-{i}";
            var teamId = RhythmIds.TeamOf(managerId);
            var members = new List<TeamMember>();
            var docs = new List<Versioned<PersonRhythm>>();
            var oneOnOnes = new List<Versioned<OneOnOneSchedule>>();
            for (var s = 1; s < 8; s++)
            {
                var sellerId = $"{tenantKey}:29:user-{i + s}";
                members.Add(new TeamMember { PersonId = sellerId, Status = MembershipStatus.Accepted, Since = new DateTimeOffset(today.AddDays(-40), TimeOnly.MinValue, TimeSpan.Zero) });
                docs.Add(new(PersonRhythm.New(sellerId, null) with
                {
                    Preferences = Preferences(sellerId, i + s, zone, quiet, today),
                    MemberOf = [teamId],
                    FocusPrompt = FocusPromptSchedule.Default(sellerId, today.AddDays(-30)),
                }, null));
                oneOnOnes.Add(new(new OneOnOneSchedule
                {
                    Id = RhythmIds.OneOnOne(managerId, sellerId),
                    ManagerId = managerId,
                    SellerId = sellerId,
                    TimeZoneId = zone,
                    Rule = WeeklyRule.Starting((DayOfWeek)(1 + random.Next(5)), new TimeOnly(8 + random.Next(10), 15 * random.Next(4)), today.AddDays(-random.Next(30)), s % 3 == 0 ? Cadence.Biweekly : Cadence.Weekly),
                    BriefLead = s % 2 == 0 ? BriefLead.MorningOf : BriefLead.DayBefore,
                }, null));
            }

            docs.Insert(0, new(PersonRhythm.New(managerId, null) with
            {
                Preferences = Preferences(managerId, i, zone, quiet, today),
                ManagesTeam = teamId,
                OneOnOnes = oneOnOnes.Select(o => o.Value.Id).ToList(),
            }, null));
            var team = new Team
            {
                Id = teamId,
                ManagerId = managerId,
                Members = members,
                Nudge = new TeamNudgeSchedule
                {
                    TeamId = teamId,
                    ManagerId = managerId,
                    TimeZoneId = zone,
                    Rule = WeeklyRule.Starting((DayOfWeek)(1 + random.Next(5)), new TimeOnly(8 + random.Next(4), 30 * random.Next(2)), today.AddDays(-30)),
                    RotationAnchor = today.AddDays(-30),
                },
            };
            await store.CommitAsync(tenantKey, new RhythmChanges { People = docs, Teams = [new(team, null)], OneOnOnes = oneOnOnes }, CancellationToken.None);
        }

        return tenants;
    }

    private static PersonPreferences Preferences(string id, int i, string zone, QuietHours quiet, DateOnly today) => new()
    {
        PersonId = id,
        TimeZoneId = i % 20 == 0 ? null : zone,
        QuietHours = i % 3 == 0 ? quiet : null,
        ResumesOn = i % 25 == 0 ? today.AddDays(5) : null,
        NudgesOptedOut = i % 50 == 0,
    };

    private static async Task<int> FanOutAsync(int recipients, TimeSpan latency, string databasePath)
    {
        // The platforms' limits, enforced by the fake channels (429 beyond them): Teams 50 RPS per app per tenant and 7/s per
        // conversation; Slack about 1/s per channel (each DM is a channel; the workspace-wide limit is unpublished).
        var teams = new BenchMessenger("teams", 50, 7, latency);
        var slack = new BenchMessenger("slack", 0, 1, latency);
        var settings = new Dictionary<string, string?>
        {
            // One instance may use the whole tenant budget (the default, 20, leaves room for a second instance).
            ["Scheduling:Pacing:teams:PerTenantPerSecond"] = "50",
            ["Scheduling:Pacing:teams:PerConversationPerSecond"] = "7",
        };
        using var host = RhythmBenchHost.Build(databasePath, settings, teams, slack);
        await host.StartAsync();
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SalesBot.Host.Scheduling.SchedulingOptions>>().Value;
        Console.WriteLine();
        Console.WriteLine($"### Fan-out: {recipients:N0} habit nudges due in the same minute (Quartz on the real clock, SQLite file, {options.MaxConcurrentSends} concurrent sends, fake platform round trip {latency.TotalMilliseconds:N0} ms)");
        Console.WriteLine("| channel and spread | runtime pacing | sent | 429s from the fake | first | p50 lateness | p99 lateness | last | sends/s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var failed = 0;
        foreach (var (messenger, tenants) in new[] { (teams, 1), (teams, Math.Max(1, recipients / 100)), (slack, Math.Max(1, recipients / 100)) })
        {
            var pacing = options.Pacing[messenger.Channel];
            var result = await FanOutScenarioAsync(host, messenger, tenants, recipients);
            var row = $"| {messenger.Channel}, {tenants} tenant{(tenants == 1 ? "" : "s")} × {recipients / tenants:N0} | {pacing.PerTenantPerSecond:0.#}/s per tenant, {pacing.PerConversationPerSecond:0.#}/s per conversation | {result.Sent:N0} of {recipients:N0} | {result.Throttled} | {Seconds(result.Lateness[0])} | {Seconds(Percentile(result.Lateness, 0.50))} | {Seconds(Percentile(result.Lateness, 0.99))} | {Seconds(result.Lateness[^1])} | {result.Rate:N1} |";
            Console.WriteLine(row);
            if (result.Sent != recipients || result.Duplicates > 0)
            {
                Console.Error.WriteLine($"   {messenger.Channel}: {result.Sent} sent, {result.Duplicates} duplicates (expected {recipients} once each)");
                failed++;
            }
        }

        await host.StopAsync();
        return failed == 0 ? 0 : 1;
    }

    private static async Task<FanOutResult> FanOutScenarioAsync(IHost host, BenchMessenger messenger, int tenantCount, int recipients)
    {
        var pipeline = host.Services.GetRequiredService<ITurnPipeline>();
        var store = RhythmBenchHost.Store(host);
        var planner = host.Services.GetRequiredService<DuePlanner>();
        var run = Guid.NewGuid().ToString("N")[..6];
        var perTenant = recipients / tenantCount;
        var users = Enumerable.Range(0, tenantCount * perTenant).Select(i => new UserKey(messenger.Channel, $"{run}-t{i / perTenant:D3}", $"{run}-u{i:D5}")).ToList();

        // Everyone has talked to SalesBot once (so the pipeline holds their conversation reference).
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (user, cancellationToken) =>
            await pipeline.ProcessAsync(new InboundTurn
            {
                User = user,
                Reference = new ConversationReference
                {
                    Channel = user.Channel,
                    TenantId = user.TenantId,
                    ChannelUserId = user.UserId,
                    ConversationId = "dm-" + user.UserId,
                    TimeZone = "Etc/UTC",
                },
                UserName = user.UserId,
                Text = "hi",
            }, TurnDelivery.Caller, cancellationToken));

        // Teams of 100 (a manager and 99 sellers who accepted), all nudged at the same moment, once the set-up is done.
        var now = TimeProvider.System.GetUtcNow();
        var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(20 + users.Count / 200);
        var date = DateOnly.FromDateTime(due.UtcDateTime);
        var tenantKeys = new List<string>();
        foreach (var team in users.Chunk(100))
        {
            var tenantKey = team[0].TenantKey;
            if (!tenantKeys.Contains(tenantKey))
            {
                tenantKeys.Add(tenantKey);
            }

            var managerId = RhythmIds.Person(team[0]);
            var teamId = RhythmIds.TeamOf(managerId);
            var people = team.Select((u, i) => new Versioned<PersonRhythm>(PersonRhythm.New(RhythmIds.Person(u), null) with
            {
                Preferences = new PersonPreferences { PersonId = RhythmIds.Person(u), TimeZoneId = "Etc/UTC" },
                ManagesTeam = i == 0 ? teamId : null,
                MemberOf = i == 0 ? [] : [teamId],
            }, null)).ToList();
            var document = new Team
            {
                Id = teamId,
                ManagerId = managerId,
                Members = team.Skip(1).Select(u => new TeamMember { PersonId = RhythmIds.Person(u), Status = MembershipStatus.Accepted, Since = now }).ToList(),
                Nudge = new TeamNudgeSchedule
                {
                    TeamId = teamId,
                    ManagerId = managerId,
                    TimeZoneId = "Etc/UTC",
                    Rule = new WeeklyRule(date, TimeOnly.FromTimeSpan(due.TimeOfDay)),
                    RotationAnchor = date,
                },
            };
            await store.CommitAsync(tenantKey, new RhythmChanges { People = people, Teams = [new(document, null)] }, CancellationToken.None);
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var mine = users.Select(u => u.UserId).ToHashSet(StringComparer.Ordinal);
        var target = messenger.Sends.Count + users.Count;
        messenger.Accepted = () =>
        {
            if (messenger.Sends.Count >= target)
            {
                done.TrySetResult();
            }
        };
        var throttledBefore = messenger.Throttled;
        foreach (var tenantKey in tenantKeys)
        {
            await store.RegisterTenantAsync(tenantKey, CancellationToken.None);
            await planner.TopUpAsync(tenantKey, CancellationToken.None);
        }

        var ready = TimeProvider.System.GetUtcNow();
        if (ready >= due)
        {
            Console.Error.WriteLine($"   set-up overran the due time by {(ready - due).TotalSeconds:N1} s: the first sends are late by that");
        }

        try
        {
            await done.Task.WaitAsync(TimeSpan.FromMinutes(20));
        }
        catch (TimeoutException)
        {
            Console.Error.WriteLine("   not every recipient was sent within 20 minutes");
        }

        var sends = messenger.Sends.Where(s => mine.Contains(s.User)).ToList();
        var lateness = sends.Select(s => At(s.Timestamp) - due).Order().ToList();
        var span = lateness.Count > 1 ? lateness[^1] - lateness[0] : TimeSpan.Zero;
        return new FanOutResult(
            sends.Count,
            sends.Count - sends.Select(s => s.User).Distinct(StringComparer.Ordinal).Count(),
            messenger.Throttled - throttledBefore,
            lateness.Count == 0 ? [TimeSpan.Zero] : lateness,
            span > TimeSpan.Zero ? (sends.Count - 1) / span.TotalSeconds : 0);
    }

    /// <summary>A stopwatch timestamp as wall-clock time.</summary>
    private static DateTimeOffset At(long timestamp) => TimeProvider.System.GetUtcNow() - Stopwatch.GetElapsedTime(timestamp);

    private static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Seconds(TimeSpan value) => $"{value.TotalSeconds:N2} s";

    private static async Task<Measurement> MeasureAsync(Func<Task<long>> work)
    {
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocatedUsed = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return new Measurement(clock.Elapsed, cpuUsed, allocatedUsed, heapBefore, GC.GetTotalMemory(forceFullCollection: true), result);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed record Measurement(TimeSpan Wall, TimeSpan Cpu, long Allocated, long HeapBefore, long HeapAfter, long Result);

    private sealed record FanOutResult(int Sent, int Duplicates, int Throttled, IReadOnlyList<TimeSpan> Lateness, double Rate);
}
