using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Messaging;
using SalesBot.Host.Scheduling;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>
/// Pause, skip, move, quiet hours, out of office and opt-out, each set in chat and observed through the running scheduler:
/// what arrives when, and what the ledger records for what did not (never silently dropped). Berlin, from Monday 2 March
/// 2026 07:00; the team nudge is Tuesdays 09:00 (08:00Z), the 1:1 with Sam Tuesdays 10:00 with its brief Mondays 10:00.
/// </summary>
public sealed class RhythmBehaviourTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Pause_SkipsBriefsUntilTheDate_RecordsEachSkip_ThenResumes()
    {
        var (host, driver) = await SetUpAsync();
        await using var _ = host;
        var paused = await host.SayAsync("manager", "1:1 pause sam until 2026-03-16");
        Assert.Contains("Paused", Text(paused), StringComparison.Ordinal);

        await driver.RunUntilAsync(Start.AddDays(21));

        Assert.Equal([At(2026, 3, 16, 9)], Briefs(host));
        var ledger = await host.Ledger.ListAsync(RhythmHost.Person("manager"), CancellationToken.None);
        Assert.Equal(2, ledger.Count(r => r.Kind == SalesBot.Core.Scheduling.OccurrenceKind.Brief && r.State == DeliveryState.Skipped && r.Reason == "SchedulePaused"));
    }

    [Fact]
    public async Task SkipNext_SkipsOnlyTheNextOccurrence()
    {
        var (host, driver) = await SetUpAsync();
        await using var _ = host;
        var skipped = await host.SayAsync("manager", "1:1 skip sam");
        Assert.Contains("Skipped", Text(skipped), StringComparison.Ordinal);

        await driver.RunUntilAsync(Start.AddDays(14));

        Assert.Equal([At(2026, 3, 9, 9)], Briefs(host));
        var record = Assert.Single(await host.Ledger.ListAsync(RhythmHost.Person("manager"), CancellationToken.None), r => r.Key.StartsWith("brief|", StringComparison.Ordinal) && r.Key.EndsWith("2026-03-03", StringComparison.Ordinal));
        Assert.Equal((DeliveryState.Skipped, "SkippedByManager"), (record.State, record.Reason));
    }

    [Fact]
    public async Task MoveOneOccurrence_BriefFollowsTheMovedMeeting_OnceAndOnlyThen()
    {
        var (host, driver) = await SetUpAsync();
        await using var _ = host;
        var moved = await host.SayAsync("manager", "1:1 move sam to thursday 14:00");
        Assert.Contains("Moved", Text(moved), StringComparison.Ordinal);

        await driver.RunUntilAsync(Start.AddDays(9));

        // Tuesday 3 March moved to Thursday 5 March 14:00: its brief is Wednesday 14:00 (13:00Z); the next one is normal.
        Assert.Equal([At(2026, 3, 4, 13), At(2026, 3, 9, 9)], Briefs(host));
        Assert.Equal([At(2026, 3, 5, 13, 30), At(2026, 3, 10, 9, 30)], host.Sends.Where(s => s.Kind == "follow-up").Select(s => s.At));
    }

    [Fact]
    public async Task QuietHours_NudgeWaitsUntilTheyEnd_InTheSellersZone()
    {
        var (host, driver) = await SetUpAsync();
        await using var _ = host;
        var quiet = await host.SayAsync("sam", "quiet 07:00-11:30");
        Assert.Contains("Quiet hours 07:00–11:30", Text(quiet), StringComparison.Ordinal);

        await driver.RunUntilAsync(Start.AddDays(2));

        Assert.Equal(At(2026, 3, 3, 10, 30), host.Sends.Single(s => s.User == "sam" && s.Kind == "nudge").At);
        Assert.Equal(At(2026, 3, 3, 8), host.Sends.Single(s => s.User == "manager" && s.Kind == "nudge").At);
    }

    [Fact]
    public async Task OutOfOffice_SkipsTheSellersNudges_ButNeverTheManagersBrief()
    {
        var (host, driver) = await SetUpAsync();
        await using var _ = host;
        var away = await host.SayAsync("sam", "away until 2026-03-12");
        Assert.Contains("Out of office until", Text(away), StringComparison.Ordinal);

        await driver.RunUntilAsync(Start.AddDays(16));

        Assert.Equal([At(2026, 3, 17, 8)], host.Sends.Where(s => s.User == "sam" && s.Kind == "nudge").Select(s => s.At).Where(t => t > At(2026, 3, 9, 0)));
        Assert.DoesNotContain(host.Sends, s => s.User == "sam" && s.At < At(2026, 3, 12, 0) && s.Kind is "nudge" or "focus");
        Assert.Equal([At(2026, 3, 2, 9), At(2026, 3, 9, 9), At(2026, 3, 16, 9)], Briefs(host));
        var skips = (await host.Ledger.ListAsync(RhythmHost.Person("sam"), CancellationToken.None)).Where(r => r.Reason == "RecipientAway").ToList();
        Assert.Equal(4, skips.Count); // the nudges of 3 and 10 March and the focus prompts of 2 and 9 March, each recorded
    }

    [Fact]
    public async Task OptOut_StopsNudgesAndPrompts_WithAWayBack_AndBriefsStillCome()
    {
        var (host, driver) = await SetUpAsync();
        await using var _ = host;
        Assert.Contains("Nudges off", Text(await host.SayAsync("sam", "optout")), StringComparison.Ordinal);

        await driver.RunUntilAsync(Start.AddDays(7.5));
        Assert.DoesNotContain(host.Sends, s => s.User == "sam" && s.Kind is "nudge" or "focus");
        Assert.Contains((await host.Ledger.ListAsync(RhythmHost.Person("sam"), CancellationToken.None)), r => r.Reason == "OptedOut");
        Assert.Equal(2, Briefs(host).Count);

        Assert.Contains("Nudges on again", Text(await host.SayAsync("sam", "opt in")), StringComparison.Ordinal);
        await driver.RunUntilAsync(Start.AddDays(9));
        Assert.Contains(host.Sends, s => s.User == "sam" && s.Kind == "nudge" && s.At == At(2026, 3, 10, 8));
    }

    private static async Task<(RhythmHost Host, SchedulerDriver Driver)> SetUpAsync()
    {
        var host = await RhythmHost.StartAsync(new FakeTimeProvider(Start));
        await RhythmSetup.TeamAsync(host, "manager", "Europe/Berlin", ("sam", "Europe/Berlin"));
        Assert.Contains("Weekly habit nudge set", Text(await host.SayAsync("manager", "nudges tuesday 09:00")), StringComparison.Ordinal);
        Assert.Contains("1:1 with Sam", Text(await host.SayAsync("manager", "1:1 add sam tuesday 10:00")), StringComparison.Ordinal);
        return (host, await SchedulerDriver.ForAsync(host));
    }

    private static List<DateTimeOffset> Briefs(RhythmHost host) => host.Sends.Where(s => s.Kind == "brief").Select(s => s.At).ToList();

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static string Text(TurnResult result) => string.Join("\n", result.Replies.Select(PlainText.Render));
}
