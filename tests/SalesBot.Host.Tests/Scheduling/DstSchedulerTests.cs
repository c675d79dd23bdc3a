using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>
/// Acceptance: DST through the running scheduler. Per zone, two teams and two 1:1s are set up in chat, then Quartz runs on a
/// fake clock from the end of 2025 to the start of 2029, stepping from fire time to fire time. Nudges are on Sundays at a
/// local time inside that zone's spring-forward gap and inside its fall-back overlap (every transition of these zones is on
/// a Sunday), so each of 2026–2028's changes hits them. Every occurrence must arrive exactly once, at the instant an
/// independent oracle (brute force over TimeZoneInfo offsets) gives for the documented policy: skipped → shifted forward
/// by the gap; repeated → the first pass; briefs the day before at the same local time; none missed, none doubled.
/// </summary>
public sealed class DstSchedulerTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Zones => new()
    {
        "Europe/Berlin", "America/New_York", "America/Phoenix", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Auckland", "Asia/Tehran",
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task EveryOccurrence_2026To2028_ArrivesOnceAtItsLocalTime(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var (gapTime, overlapTime) = LocalTimeOracle.Windows(zone, 2026);
        var atGap = gapTime ?? new TimeOnly(2, 30);
        var atOverlap = overlapTime ?? new TimeOnly(1, 30);
        var start = new DateTimeOffset(2025, 12, 31, 12, 0, 0, TimeSpan.Zero); // a Wednesday
        var end = new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(start);
        await using var host = await RhythmHost.StartAsync(time, settings: new Dictionary<string, string?>
        {
            ["Scheduling:RefillInterval"] = "1.00:00:00",
            ["Scheduling:Horizon"] = "1.00:15:00",
        });

        // Team 1: the manager and Sam get the habit nudge on Sundays in the gap hour; the manager's 1:1 with Sam is on Mondays 10:00.
        await RhythmSetup.TeamAsync(host, "manager", zoneId, ("sam", zoneId));
        await host.SayAsync("manager", $"nudges sunday {atGap:HH\\:mm}");
        await host.SayAsync("manager", "1:1 add sam monday 10:00");
        // Team 2: Mia and Sol on Sundays in the overlap hour; the 1:1 itself is at the repeated time.
        await RhythmSetup.TeamAsync(host, "mia", zoneId, ("sol", zoneId));
        await host.SayAsync("mia", $"nudges sunday {atOverlap:HH\\:mm}");
        await host.SayAsync("mia", $"1:1 add sol sunday {atOverlap:HH\\:mm}");
        var driver = await SchedulerDriver.ForAsync(host);

        // Every offset change of 2026–2028 (none for zones without DST: then two windows where other zones change).
        var transitions = new List<DateTimeOffset>();
        var previous = zone.GetUtcOffset(start);
        for (var t = start; t < end; t = t.AddMinutes(15))
        {
            if (zone.GetUtcOffset(t) != previous)
            {
                transitions.Add(t);
                previous = zone.GetUtcOffset(t);
            }
        }

        var windows = (transitions.Count > 0 ? transitions : [new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 25, 1, 0, 0, TimeSpan.Zero)])
            .Select(t => (From: t.AddDays(-9), To: t.AddDays(9))).ToList();
        var expected = new List<(string User, string Kind, DateTimeOffset At)>();
        var actual = new List<(string User, string Kind, DateTimeOffset At)>();
        foreach (var (from, to) in windows)
        {
            // Downtime until the day before the window (what was due meanwhile is caught up or skipped then), then step.
            await driver.JumpAsync(from.AddDays(-1));
            var sentBefore = host.Sends.Count;
            await driver.RunUntilAsync(to);
            actual.AddRange(host.Sends.Skip(sentBefore).Where(x => x.Kind != "other" && x.At > from && x.At <= to).Select(x => (x.User, x.Kind, x.At)));
            expected.AddRange(Expected(zone, atGap, atOverlap).Where(e => e.At > from && e.At <= to));
        }

        expected = [.. expected.OrderBy(e => e.At).ThenBy(e => e.User).ThenBy(e => e.Kind)];
        actual = [.. actual.OrderBy(e => e.At).ThenBy(e => e.User).ThenBy(e => e.Kind)];
        var missing = expected.Except(actual).Take(5).ToList();
        var extra = actual.Except(expected).Take(5).ToList();
        if (missing.Count > 0)
        {
            var index = driver.Log.FindIndex(l => l.StartsWith($"{missing[0].At.AddMinutes(-30):u}", StringComparison.Ordinal) || l.StartsWith($"{missing[0].At.AddHours(-1):u}", StringComparison.Ordinal));
            foreach (var line in driver.Log.Skip(Math.Max(0, index - 5)).Take(30))
            {
                output.WriteLine(line);
            }
        }

        Assert.True(missing.Count == 0 && extra.Count == 0, $"missing: {string.Join("; ", missing)} | unexpected: {string.Join("; ", extra)}");
        Assert.Equal(expected.Count, actual.Count); // none doubled

        // The transitions themselves, read back in local time.
        foreach (var send in actual.Where(a => a.Kind == "nudge" && a.User == "sam"))
        {
            var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(send.At, zone).DateTime);
            var (gap, _) = LocalTimeOracle.Classify(localDate.ToDateTime(atGap), zone);
            var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(send.At, zone).DateTime);
            Assert.True(gap ? local > atGap : local == atGap, $"{send.At:u} is {local} local");
        }

        Assert.True(expected.Count >= windows.Count * 20, $"{expected.Count} occurrences");
    }

    // What the rules ask for, week by week, through the oracle (not through Core's WallClock).
    private static IEnumerable<(string User, string Kind, DateTimeOffset At)> Expected(TimeZoneInfo zone, TimeOnly atGap, TimeOnly atOverlap)
    {
        for (var sunday = new DateOnly(2026, 1, 4); sunday.Year < 2029; sunday = sunday.AddDays(7))
        {
            var monday = sunday.AddDays(1);
            var gapNudge = LocalTimeOracle.Instant(sunday.ToDateTime(atGap), zone);
            var overlapNudge = LocalTimeOracle.Instant(sunday.ToDateTime(atOverlap), zone);
            var mondayMeeting = LocalTimeOracle.Instant(monday.ToDateTime(new TimeOnly(10, 0)), zone);
            yield return ("manager", "nudge", gapNudge);
            yield return ("sam", "nudge", gapNudge);
            yield return ("mia", "nudge", overlapNudge);
            yield return ("sol", "nudge", overlapNudge);
            yield return ("sam", "focus", LocalTimeOracle.Instant(monday.ToDateTime(new TimeOnly(8, 30)), zone));
            yield return ("sol", "focus", LocalTimeOracle.Instant(monday.ToDateTime(new TimeOnly(8, 30)), zone));
            yield return ("manager", "brief", LocalTimeOracle.Instant(sunday.ToDateTime(new TimeOnly(10, 0)), zone));
            yield return ("manager", "follow-up", mondayMeeting.AddMinutes(30));
            yield return ("mia", "brief", LocalTimeOracle.Instant(sunday.AddDays(-1).ToDateTime(atOverlap), zone));
            yield return ("mia", "follow-up", overlapNudge.AddMinutes(30));
        }
    }
}
