using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>
/// Acceptance: a brief's content from a seeded history. After the first 1:1 the manager records follow-ups from the
/// follow-up request; the seller practises (a weak price answer, a stronger timing answer) and names her focus accounts;
/// the next brief shows them, suggests inspect and develop topics, and its button sends the seller a role-play.
/// </summary>
public sealed class BriefContentTests
{
    private const string WeakPrice = "Our product is really good, you should buy it.";
    private const string StrongTiming = "I hear the quarter close makes timing tight for your team. What would need to be true to start in Q3? Northwind cut onboarding time 30% within 90 days; shall we book 20 minutes Thursday at 10:00 to map a start date with your ops lead?";

    [Fact]
    public async Task Brief_FromSeededPracticeFollowUpsAndFocus_ShowsEvidenceTopicsAndSendsTheRolePlay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
        await using var host = await RhythmHost.StartAsync(time);
        await RhythmSetup.TeamAsync(host, "manager", "Europe/Berlin", ("alice", "Europe/Berlin"));
        await host.SayAsync("manager", "1:1 add alice tuesday 10:00");
        var driver = await SchedulerDriver.ForAsync(host);

        // The first 1:1 (Tue 3 March 10:00) ends; the manager is asked for follow-ups and fills in the form.
        await driver.RunUntilAsync(new DateTimeOffset(2026, 3, 3, 9, 35, 0, TimeSpan.Zero));
        var request = host.Sends.Single(s => s.Kind == "follow-up").Message;
        var saved = await host.PressAsync("manager", request.Actions.Single(), new Dictionary<string, string> { ["text"] = "Send Alice the ROI deck\nAlice books the CFO call" });
        Assert.Contains("Recorded 2 follow-ups", PlainText.Render(saved.Replies[0]), StringComparison.Ordinal);

        // Alice practises during the week and names her focus accounts.
        await host.SayAsync("alice", "practice price");
        await host.SayAsync("alice", WeakPrice);
        await host.SayAsync("alice", "stop");
        await host.SayAsync("alice", "practice timing");
        await host.SayAsync("alice", StrongTiming);
        await host.SayAsync("alice", "stop");
        var focus = await host.SayAsync("alice", "focus Contoso, Fabrikam, Northwind");
        Assert.Contains("Contoso, Fabrikam, Northwind", PlainText.Render(focus.Replies[0]), StringComparison.Ordinal);

        await driver.RunUntilAsync(new DateTimeOffset(2026, 3, 9, 9, 5, 0, TimeSpan.Zero));

        var brief = host.Sends.Single(s => s.Kind == "brief" && s.At == new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero)).Message;
        var sections = brief.Sections.ToDictionary(s => s.Title!.Split(':')[0].Split(' ')[0], s => s);
        Assert.StartsWith("Brief: your 1:1 with Alice, Tue 10 Mar 10:00 (Europe/Berlin)", brief.Title, StringComparison.Ordinal);
        var practice = sections["Practice"];
        Assert.Equal("2", practice.Facts.Single(f => f.Name == "Sessions").Value);
        Assert.Equal("2", practice.Facts.Single(f => f.Name == "Scored answers").Value);
        Assert.Matches(@"^\d{1,3}/100 \(no earlier practice to compare\)$", practice.Facts.Single(f => f.Name == "Average").Value);
        Assert.StartsWith("Weakest: Price", sections["Weakest"].Title, StringComparison.Ordinal);
        Assert.Contains(WeakPrice, sections["Weakest"].Text, StringComparison.Ordinal);
        Assert.Contains("Timing", sections["Best"].Title, StringComparison.Ordinal);
        Assert.Contains("quarter close makes timing tight", sections["Best"].Text, StringComparison.Ordinal);
        Assert.Equal(["Send Alice the ROI deck", "Alice books the CFO call"], sections["Open"].Facts.Select(f => f.Value));
        Assert.Equal("Contoso, Fabrikam, Northwind", sections["Focus"].Text);
        Assert.Contains("on Contoso:", sections["Inspect"].Text, StringComparison.Ordinal);
        Assert.StartsWith("One skill:", sections["Develop"].Text, StringComparison.Ordinal);
        Assert.Contains("Isolate and reframe to value on price / value objections", sections["Develop"].Text, StringComparison.Ordinal);

        // The brief's button sends Alice the drill on her weakest category.
        var assign = brief.Actions.Single(a => a.Id == RhythmActions.Assign);
        Assert.Equal("Send Alice a role-play on Price / value", assign.Title);
        var sent = await host.PressAsync("manager", assign);
        Assert.Contains("Sent Alice a role-play", PlainText.Render(sent.Replies[0]), StringComparison.Ordinal);

        // The offer is a follow-up in Alice's line: it may land before or after the press returns. Count, then look.
        for (var seen = host.Messenger.Deliveries.Count; !host.Sends.Any(s => s.User == "alice" && s.Message.Title?.Contains("sent you a role-play", StringComparison.Ordinal) == true); seen = host.Messenger.Deliveries.Count)
        {
            await host.Messenger.WaitForAsync(seen + 1);
        }

        var offer = host.Sends.Last(s => s.User == "alice").Message;
        Assert.Contains("sent you a role-play", offer.Title, StringComparison.Ordinal);
        var start = Assert.Single(offer.Actions);
        Assert.Equal(("practice", "price"), (start.Id, start.Data["category"]));
        var drill = await host.PressAsync("alice", start);
        Assert.Contains("Price", PlainText.Render(drill.Replies[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_SellerWhoHasNotAccepted_KeepsPracticePrivate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
        await using var host = await RhythmHost.StartAsync(time);
        await host.SayAsync("manager", "timezone Europe/Berlin");
        await host.SayAsync("bob", "practice price");
        await host.SayAsync("bob", WeakPrice);
        await host.SayAsync("manager", "team add bob");
        await host.SayAsync("manager", "1:1 add bob tuesday 10:00");
        var driver = await SchedulerDriver.ForAsync(host);

        await driver.RunUntilAsync(new DateTimeOffset(2026, 3, 2, 9, 5, 0, TimeSpan.Zero));

        var brief = host.Sends.Single(s => s.Kind == "brief").Message;
        var text = PlainText.Render(brief);
        Assert.Contains("hasn't accepted you as their manager yet", text, StringComparison.Ordinal);
        Assert.DoesNotContain(WeakPrice, text, StringComparison.Ordinal);
        Assert.Empty(brief.Actions);
    }
}
