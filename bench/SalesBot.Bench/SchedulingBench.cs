using System.Diagnostics;
using System.Globalization;
using SalesBot.Core.Scheduling;

namespace SalesBot.Bench;

/// <summary>
/// A scaling probe for the pure scheduling code (not a test): 100,000 people in teams of eight (one manager with seven
/// weekly or biweekly 1:1s, seven sellers with a focus prompt, one team nudge), spread over twelve time zones, some with
/// quiet hours, away dates and opt-outs. Measures building the agendas, planning everyone's next 8 days, finding each
/// person's next occurrence, and each 1:1's next meeting: one thread, then all cores.
/// </summary>
internal static class SchedulingBench
{
    private static readonly string[] Zones =
    [
        "Europe/Berlin", "America/New_York", "America/Phoenix", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo",
        "Pacific/Auckland", "Asia/Tehran", "Europe/London", "America/Santiago", "Australia/Lord_Howe", "America/Los_Angeles",
    ];

    public static int Run(string[] args)
    {
        var people = int.Parse(Option(args, "--people") ?? "100000", CultureInfo.InvariantCulture);
        var now = new DateTimeOffset(2026, 3, 25, 12, 0, 0, TimeSpan.Zero); // Berlin and London change on the 29th
        var horizon = TimeSpan.FromDays(8);

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var agendas = BuildAgendas(people, DateOnly.FromDateTime(now.UtcDateTime));
        build.Stop();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var oneOnOnes = agendas.SelectMany(a => a.OneOnOnes).ToArray();

        // Warm-up: JIT, time zone cache.
        for (var i = 0; i < Math.Min(2_000, agendas.Length); i++)
        {
            RecipientPlanner.Plan(agendas[i], now, now + horizon);
        }

        var (planTime, planCpu, planAlloc, planned) = Measure(() => agendas.Sum(a => RecipientPlanner.Plan(a, now, now + horizon).Count));
        var (nextTime, _, _, found) = Measure(() => agendas.Count(a => RecipientPlanner.Next(a, now) is not null));
        var (meetingTime, _, _, meetings) = Measure(() => oneOnOnes.Count(s => MeetingCalendar.Next(s, now) is not null));
        var parallel = Stopwatch.StartNew();
        var parallelPlanned = 0L;
        Parallel.ForEach(agendas, () => 0L, (a, _, sum) => sum + RecipientPlanner.Plan(a, now, now + horizon).Count, sum => Interlocked.Add(ref parallelPlanned, sum));
        parallel.Stop();
        if (parallelPlanned != planned)
        {
            Console.Error.WriteLine($"parallel planning disagreed: {parallelPlanned} vs {planned}");
            return 1;
        }

        Console.WriteLine($"{people:N0} people, {oneOnOnes.Length:N0} 1:1s, {agendas.Sum(a => a.Teams.Count):N0} team memberships, {Zones.Length} zones; {Environment.ProcessorCount} cores");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| build the schedule records | {build.Elapsed.TotalMilliseconds:N0} ms, {(heapAfter - heapBefore) / 1048576.0:N1} MiB managed heap ({(heapAfter - heapBefore) / (double)people:N0} B per person) |");
        Console.WriteLine($"| plan next 8 days for everyone, one thread | {planTime.TotalMilliseconds:N0} ms ({planTime.TotalMicroseconds / people:N1} µs per person, CPU {planCpu.TotalMilliseconds:N0} ms), {planned:N0} planned sends/skips |");
        Console.WriteLine($"| allocations while planning | {planAlloc / (double)people / 1024:N1} KiB per person |");
        Console.WriteLine($"| plan next 8 days for everyone, all cores | {parallel.Elapsed.TotalMilliseconds:N0} ms |");
        Console.WriteLine($"| next occurrence per person, one thread | {nextTime.TotalMilliseconds:N0} ms ({nextTime.TotalMicroseconds / people:N1} µs per person), {found:N0} found |");
        Console.WriteLine($"| next meeting per 1:1, one thread | {meetingTime.TotalMilliseconds:N0} ms ({meetingTime.TotalMicroseconds / oneOnOnes.Length:N1} µs per 1:1), {meetings:N0} found |");
        return 0;
    }

    private static RecipientAgenda[] BuildAgendas(int people, DateOnly today)
    {
        var agendas = new RecipientAgenda[people];
        var random = new Random(20260325);
        var quiet = new QuietHours(new TimeOnly(21, 0), new TimeOnly(7, 30));
        TeamNudgeSchedule? team = null;
        var teamOneOnOnes = new List<OneOnOneSchedule>();
        for (var i = 0; i < people; i++)
        {
            var zone = Zones[i % Zones.Length];
            var id = $"teams:tenant-{i / 1000}:29:user-{i}";
            var person = new PersonPreferences
            {
                PersonId = id,
                TimeZoneId = i % 20 == 0 ? null : zone,
                QuietHours = i % 3 == 0 ? quiet : null,
                ResumesOn = i % 25 == 0 ? today.AddDays(5) : null,
                NudgesOptedOut = i % 50 == 0,
            };
            if (i % 8 == 0)
            {
                team = new TeamNudgeSchedule
                {
                    TeamId = $"team-{i / 8}",
                    ManagerId = id,
                    TimeZoneId = zone,
                    Rule = WeeklyRule.Starting((DayOfWeek)(1 + random.Next(5)), new TimeOnly(8 + random.Next(4), 30 * random.Next(2)), today.AddDays(-30)),
                    RotationAnchor = today.AddDays(-30),
                };
                teamOneOnOnes = [];
                for (var s = 1; s <= 7; s++)
                {
                    teamOneOnOnes.Add(new OneOnOneSchedule
                    {
                        Id = $"1on1-{i + s}",
                        ManagerId = id,
                        SellerId = $"teams:tenant-{i / 1000}:29:user-{i + s}",
                        TimeZoneId = zone,
                        Rule = WeeklyRule.Starting((DayOfWeek)(1 + random.Next(5)), new TimeOnly(8 + random.Next(10), 15 * random.Next(4)), today.AddDays(-random.Next(30)), s % 3 == 0 ? Cadence.Biweekly : Cadence.Weekly),
                        BriefLead = s % 2 == 0 ? BriefLead.MorningOf : BriefLead.DayBefore,
                    });
                }

                agendas[i] = new RecipientAgenda { Person = person, FallbackTimeZoneId = zone, OneOnOnes = teamOneOnOnes, Teams = [team] };
            }
            else
            {
                agendas[i] = new RecipientAgenda
                {
                    Person = person,
                    FallbackTimeZoneId = team!.TimeZoneId,
                    Teams = [team],
                    FocusPrompt = FocusPromptSchedule.Default(id, today.AddDays(-30)),
                };
            }
        }

        return agendas;
    }

    private static (TimeSpan Wall, TimeSpan Cpu, long Allocated, long Result) Measure(Func<long> work)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        return (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated, result);
    }

    private static (TimeSpan Wall, TimeSpan Cpu, long Allocated, long Result) Measure(Func<int> work) => Measure(() => (long)work());

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
