using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;
using SalesBot.Host.Scheduling;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.EndToEnd;

/// <summary>
/// The manager's rhythm through the fake Slack (signed Events API and interactions into the real host, Web API calls
/// recorded): the manager builds the team and sets a 1:1 by text, the seller accepts on the invitation and practises, and
/// when the brief's time comes (a fake clock; Quartz off, the test hands the due occurrence to the dispatcher as a Quartz
/// fire does) the brief with the seller's practice is posted to the manager's DM, once.
/// </summary>
public sealed class SlackRhythmTests : SlackHostTest
{
    private const string Manager = SlackHost.ManagerId;
    private const string Seller = "U0ADA";
    private const string StrongPriceAnswer =
        "That's a fair challenge, and with a 12% cost target I'd ask the same. Compared to what: the licence of your current tool, " +
        "or what the invoice errors cost you? Helix Freight paid back the difference in five months by cutting billing errors 30%. " +
        "Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?";

    private static readonly string ManagerDm = SlackDriver.DmOf(Manager);
    private static readonly string SellerDm = SlackDriver.DmOf(Seller);
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());

    protected override TimeProvider Time => _time;

    [Fact]
    public async Task SlackHarness_TeamAndOneOnOneByText_BriefWithTheSellersPracticeIsPostedToTheManagersDm()
    {
        await SayAsync(Manager, "timezone Europe/Berlin", ManagerDm, p => p.Body.Contains("Europe/Berlin", StringComparison.Ordinal));
        await SayAsync(Seller, "hi", SellerDm, _ => true);

        // The team: the manager adds the seller by user id; the seller accepts on the invitation's button.
        var before = Fake.Posts(SellerDm).Count;
        await SayAsync(Manager, $"team add {Seller}", ManagerDm, p => p.Body.Contains("Invited", StringComparison.Ordinal));
        var invitation = (await Fake.WaitForPostsAsync(SellerDm, before, last: p => p.Button(RhythmActions.Accept) is not null))[^1];
        before = Fake.Posts(SellerDm).Count;
        Assert.Equal(200, (await Driver.SendInteractionAsync(Driver.Press(Seller, invitation, RhythmActions.Accept))).Status);
        await Fake.WaitForPostsAsync(SellerDm, before, last: p => p.Text.Contains("You're on", StringComparison.Ordinal));

        // The 1:1, two days from now at 10:00 Berlin, brief the day before.
        var zone = TimeZones.Find("Europe/Berlin");
        var meetingDay = WallClock.LocalDate(_time.GetUtcNow(), zone).AddDays(2);
        await SayAsync(Manager, $"1:1 add {Seller} {meetingDay.DayOfWeek.ToString().ToLowerInvariant()} 10:00", ManagerDm, p => p.Body.Contains("1:1 with", StringComparison.Ordinal));

        // Seeded history: the seller practises price with a strong answer.
        await SayAsync(Seller, "practice price", SellerDm, p => p.Button("hint") is not null);
        await SayAsync(Seller, StrongPriceAnswer, SellerDm, p => p.Body.Contains("Score", StringComparison.Ordinal));

        // The brief's time comes: the day before the 1:1 at 10:00 Berlin.
        var manager = RhythmIds.Person(SlackHost.User(Manager));
        var tenant = RhythmIds.TenantKey(manager);
        var agenda = await Bot.Services.GetRequiredService<AgendaLoader>().LoadAsync(tenant, manager, CancellationToken.None);
        var planned = RecipientPlanner.Plan(agenda!, _time.GetUtcNow(), _time.GetUtcNow().AddDays(8)).First(p => p.Key.Kind == OccurrenceKind.Brief);
        var local = meetingDay.AddDays(-1).ToDateTime(new TimeOnly(10, 0));
        Assert.Equal(new DateTimeOffset(local, zone.GetUtcOffset(local)), planned.SendAt);
        _time.SetUtcNow(planned.SendAt);
        before = Fake.Posts(ManagerDm).Count;
        var dispatcher = Bot.Services.GetRequiredService<OccurrenceDispatcher>();
        Assert.Equal(DispatchOutcome.Sent, await dispatcher.DispatchAsync(DueEntry.From(planned, tenant), CancellationToken.None));
        Assert.Equal(DispatchOutcome.AlreadyDone, await dispatcher.DispatchAsync(DueEntry.From(planned, tenant), CancellationToken.None));

        var brief = (await Fake.WaitForPostsAsync(ManagerDm, before, last: p => p.Body.Contains("Brief: your 1:1 with", StringComparison.Ordinal)))[^1];
        Assert.Contains(meetingDay.ToString("ddd d MMM", CultureInfo.InvariantCulture) + " 10:00", brief.Body, StringComparison.Ordinal);
        Assert.Contains("Practice since", brief.Body, StringComparison.Ordinal);
        Assert.Contains("Best answer: ", brief.Body, StringComparison.Ordinal);
        Assert.Contains("Helix Freight", brief.Body, StringComparison.Ordinal); // the seller's answer, quoted as evidence
        Assert.Contains("Inspect", brief.Body, StringComparison.Ordinal);
        Assert.Contains("Develop", brief.Body, StringComparison.Ordinal);
        Assert.Single(Fake.Posts(ManagerDm), p => p.Body.Contains("Brief: your 1:1 with", StringComparison.Ordinal));
    }
}
