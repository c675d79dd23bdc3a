using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Scheduling;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>
/// Acceptance: two SalesBot hosts sharing one store run the same schedules, each with its own Quartz (both fire every
/// trigger); the ledger lets exactly one send each occurrence — also when one host is killed in the middle of a fan-out.
/// Run on SQLite (<see cref="TwoHostSqliteTests"/>) and on the Cosmos test server (<see cref="TwoHostCosmosTests"/>).
/// </summary>
public static class TwoHostScenarios
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero); // Monday

    public static async Task BothRunning_EveryBriefAndNudgeIsDeliveredOnce(IDictionary<string, string?> storage)
    {
        var time = new FakeTimeProvider(Start);
        var settings = Settings(storage);
        await using var a = await RhythmHost.StartAsync(time, settings: settings);
        await using var b = await RhythmHost.StartAsync(time, settings: settings);
        var sellers = Enumerable.Range(1, 12).Select(i => ($"seller{i:D2}", i % 3 == 0 ? "America/New_York" : "Europe/Berlin")).ToArray();
        await RhythmSetup.TeamAsync(a, "manager", "Europe/Berlin", sellers);
        await a.SayAsync("manager", "nudges tuesday 09:00");
        await a.SayAsync("manager", "1:1 add seller01 wednesday 10:00");
        await b.SayAsync("manager", "1:1 add seller02 thursday 11:00 morning");
        var driver = await SchedulerDriver.ForAsync(a, b);

        await driver.RunUntilAsync(Start.AddDays(14));

        var sends = a.Sends.Concat(b.Sends).Where(s => s.Kind != "other").ToList();
        var byOccurrence = sends.GroupBy(s => (s.User, s.Kind, s.At)).ToList();
        Assert.All(byOccurrence, g => Assert.Single(g));
        // 2 weeks: 13 nudges (manager + 12), 12 focus prompts, 2 briefs and 2 follow-up requests a week.
        Assert.Equal(2 * (13 + 12 + 2 + 2), byOccurrence.Count);
        Assert.True(a.Sends.Any(s => s.Kind != "other") && b.Sends.Any(s => s.Kind != "other"), "both instances delivered some");
        var ledger = await a.Ledger.ListAsync(RhythmHost.Person("seller05"), CancellationToken.None);
        Assert.Equal(4, ledger.Count);
        Assert.All(ledger, r => Assert.Equal(DeliveryState.Sent, r.State));
    }

    public static async Task OneKilledMidFanOut_EveryRecipientEndsSentOnceOrRecorded(IDictionary<string, string?> storage)
    {
        var time = new FakeTimeProvider(Start);
        var settings = Settings(storage);
        settings["Scheduling:RefillInterval"] = "00:01:00";
        settings["Scheduling:Horizon"] = "00:02:00";
        var killedSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A sends two at a time, so that when it dies two sends are in flight and the rest are still unclaimed in its queue.
        await using var a = await RhythmHost.StartAsync(time, settings: new Dictionary<string, string?>(settings) { ["Scheduling:MaxConcurrentSends"] = "2" });
        await using var b = await RhythmHost.StartAsync(time, settings: settings);
        var sellers = Enumerable.Range(1, 30).Select(i => ($"rep{i:D2}", "Europe/Berlin")).ToArray();
        await RhythmSetup.TeamAsync(a, "manager", "Europe/Berlin", sellers);
        await a.SayAsync("manager", "nudges tuesday 09:00");
        var nudgeAt = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero);
        var driver = await SchedulerDriver.ForAsync(a, b);
        await driver.RunUntilAsync(nudgeAt.AddMinutes(-1));

        // Host A fires first: it delivers 5 nudges, then hangs on its next sends (mid fan-out) and dies. B's Quartz stands
        // by until then (firing together, B could claim the whole fan-out before A sends five) and then catches up.
        var delivered = 0;
        a.Messenger.Hold = async (_, _) =>
        {
            if (Interlocked.Increment(ref delivered) > 5)
            {
                killedSignal.TrySetResult();
                await Task.Delay(Timeout.Infinite);
            }
        };
        var bScheduler = await b.SchedulerAsync();
        await bScheduler.Standby();
        time.SetUtcNow(nudgeAt);
        await (await a.SchedulerAsync()).ResumeJob(QuartzTriggers.DeliverJob);
        try
        {
            await killedSignal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            var records = await a.Ledger.ListAsync(RhythmHost.Person("rep01"), CancellationToken.None);
            Assert.Fail($"A delivered {delivered}; busy {a.Dispatcher.Busy}; sends {string.Join(",", a.Sends.Select(x => x.Kind + "@" + x.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture)))}; rep01 ledger {string.Join(",", records.Select(r => r.Kind + ":" + r.State + ":" + r.Reason))}; now {time.GetUtcNow():O}");
        }

        driver.Remove(a);
        a.Kill();
        await bScheduler.Start();

        // B finishes what it claimed; after the dead host's leases run out, B's refill takes over the rest.
        await driver.RunUntilAsync(nudgeAt.AddMinutes(10));

        var recipients = sellers.Select(s => s.Item1).Append("manager").ToList();
        var nudges = a.Sends.Concat(b.Sends).Where(s => s.Kind == "nudge").ToList();
        Assert.All(nudges.GroupBy(s => s.User), g => Assert.Single(g)); // never twice
        var outcomes = new List<DeliveryState>();
        foreach (var recipient in recipients)
        {
            var record = Assert.Single(await b.Ledger.ListAsync(RhythmHost.Person(recipient), CancellationToken.None), r => r.Kind == SalesBot.Core.Scheduling.OccurrenceKind.HabitNudge);
            Assert.True(record.IsTerminal, $"{recipient}: {record.State}");
            outcomes.Add(record.State);
            if (record.State == DeliveryState.Sent)
            {
                Assert.Contains(nudges, n => n.User == recipient);
            }
            else if (record.State != DeliveryState.Indeterminate)
            {
                // Indeterminate is "in flight when its instance died": the dead host may have sent it just before (at most once).
                Assert.DoesNotContain(nudges, n => n.User == recipient);
            }
        }

        // Whatever A had in flight when it died is recorded as indeterminate (at most once); everything else was sent once.
        Assert.Equal(recipients.Count, outcomes.Count(o => o is DeliveryState.Sent or DeliveryState.Indeterminate));
        Assert.Contains(outcomes, o => o == DeliveryState.Indeterminate);
        Assert.True(b.Sends.Any(s => s.Kind == "nudge"), "the surviving host finished the fan-out");
    }

    private static Dictionary<string, string?> Settings(IDictionary<string, string?> storage) => new(storage);
}
