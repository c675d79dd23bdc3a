using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;
using SalesBot.Host.Scheduling;
using SalesBot.Host.Tests.Support;
using SalesBot.Host.Tests.Support.Teams;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>
/// The manager's rhythm through the Teams harness (the fake Bot Connector on npm botbuilder, real JWTs, the real host on
/// Kestrel): the manager builds the team and fills in the 1:1 Adaptive Card form, the seller accepts on the invitation card
/// and practises, and when the brief's time comes (a fake clock; Quartz off, the test hands the due occurrence to the
/// dispatcher as a Quartz fire does) the brief card arrives in the manager's personal chat with the seller's practice.
/// </summary>
public sealed class TeamsRhythmTests : IAsyncLifetime
{
    private const string StrongPriceAnswer = LocalChatTest.StrongPriceAnswer;

    private readonly FakeConnector _fake = new();
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private SalesBotFactory _factory = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await _fake.InitializeAsync();
        var settings = TeamsChannelHost.Settings(_fake);
        settings["Scheduling:Enabled"] = "false";
        // The Connector pacer waits on the host's clock, which stands still here: a burst allowance larger than this test's
        // messages keeps every send immediate (pacing itself is tested in the Teams tests).
        settings["Teams:MessagesPerConversationPerSecond"] = "1000";
        settings["Teams:RequestsPerTenantPerSecond"] = "1000";
        _factory = new SalesBotFactory(time: _time, settings: settings);
        _http = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task TeamsHarness_OneOnOneFromTheCardForm_BriefWithTheSellersPracticeArrivesInTheManagersChat()
    {
        var mia = TeamsChannelHost.Manager;
        var ada = TeamsUser.New("Ada");
        await PostAsync(TeamsActivities.Installation(mia, "add", _fake.ServiceUrl));
        await SayAsync(ada, "hi");

        // The team: Mia adds Ada by name; Ada accepts on the invitation card.
        await SayAsync(mia, "team add Ada");
        await DrainAsync(ada);
        var (invitationId, invitation) = await LastCardAsync(ada, c => c.ToJsonString().Contains(RhythmActions.Accept, StringComparison.Ordinal));
        await PostAsync(TeamsActivities.Press(ada, TeamsChannelHost.Button(invitation, RhythmActions.Accept), invitationId, _fake.ServiceUrl));
        await DrainAsync(ada);
        await DrainAsync(mia);

        // The 1:1 form card: Mia fills in the inputs (as Teams posts them: next to the button's data) and presses Add.
        await SayAsync(mia, "1:1");
        var (formId, form) = await LastCardAsync(mia, c => c.ToJsonString().Contains(RhythmActions.OneOnOneAdd, StringComparison.Ordinal));
        Assert.Contains(form["body"]!.AsArray(), e => (string?)e!["type"] == "Input.Time" && (string?)e["id"] == "time");
        var zone = TimeZones.Find("America/New_York"); // the zone Teams sent in clientInfo
        var meetingDay = WallClock.LocalDate(_time.GetUtcNow(), zone).AddDays(2);
        var submit = TeamsChannelHost.Button(form, RhythmActions.OneOnOneAdd).DeepClone().AsObject();
        submit["seller"] = "Ada";
        submit["day"] = meetingDay.DayOfWeek.ToString().ToLowerInvariant();
        submit["time"] = "10:00";
        submit["cadence"] = "weekly";
        submit["lead"] = "day-before";
        await PostAsync(TeamsActivities.Press(mia, submit, formId, _fake.ServiceUrl));
        await DrainAsync(mia);
        var confirmation = (await _fake.CallsAsync()).Last(c => (string?)c!["conversationId"] == mia.ConversationId)!.ToJsonString();
        Assert.Contains("1:1 with Ada", confirmation, StringComparison.Ordinal);

        // Seeded history: Ada practises price (a strong answer) before the 1:1.
        await SayAsync(ada, "practice price");
        await SayAsync(ada, StrongPriceAnswer);

        // The brief's time comes: the day before at 10:00 New York.
        var tenant = mia.Key.TenantKey;
        var agenda = await _factory.Services.GetRequiredService<AgendaLoader>().LoadAsync(tenant, RhythmIds.Person(mia.Key), CancellationToken.None);
        var planned = RecipientPlanner.Plan(agenda!, _time.GetUtcNow(), _time.GetUtcNow().AddDays(8)).First(p => p.Key.Kind == OccurrenceKind.Brief);
        Assert.Equal(new DateTimeOffset(meetingDay.AddDays(-1).ToDateTime(new TimeOnly(10, 0)), zone.GetUtcOffset(meetingDay.AddDays(-1).ToDateTime(new TimeOnly(10, 0)))), planned.SendAt);
        _time.SetUtcNow(planned.SendAt);
        var dispatcher = _factory.Services.GetRequiredService<OccurrenceDispatcher>();
        Assert.Equal(DispatchOutcome.Sent, await dispatcher.DispatchAsync(DueEntry.From(planned, tenant), CancellationToken.None));
        Assert.Equal(DispatchOutcome.AlreadyDone, await dispatcher.DispatchAsync(DueEntry.From(planned, tenant), CancellationToken.None));

        var (_, brief) = await LastCardAsync(mia, c => c.ToJsonString().Contains("Brief: your 1:1 with Ada", StringComparison.Ordinal));
        var text = brief.ToJsonString();
        Assert.Contains(meetingDay.ToString("ddd d MMM", CultureInfo.InvariantCulture) + " 10:00", text, StringComparison.Ordinal);
        Assert.Contains("Practice since", text, StringComparison.Ordinal);
        Assert.Contains("Best answer: ", text, StringComparison.Ordinal);
        Assert.Contains("Helix Freight", text, StringComparison.Ordinal); // her answer, quoted as evidence
        Assert.Contains("Inspect", text, StringComparison.Ordinal);
        Assert.Contains("Develop", text, StringComparison.Ordinal);
        Assert.Single(await _fake.CallsAsync(), c => (string?)c!["conversationId"] == mia.ConversationId && c!.ToJsonString().Contains("Brief: your 1:1 with Ada", StringComparison.Ordinal));
        await TeamsChannelHost.AssertCardsParseCleanlyAsync((await _fake.CallsAsync()).Where(c => (string?)c!["conversationId"] == mia.ConversationId).Select(c => c!));
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await _fake.MintAsync());
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task SayAsync(TeamsUser user, string text)
    {
        await PostAsync(TeamsActivities.Message(user, text, _fake.ServiceUrl));
        await DrainAsync(user);
    }

    private async Task DrainAsync(TeamsUser user)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _factory.Services.GetRequiredService<IProactiveSender>().SendAsync(
            new ProactiveRequest { User = user.Key, Reason = "test-drain", Compose = (_, _) => null }, timeout.Token);
    }

    private async Task<(string Id, JsonObject Card)> LastCardAsync(TeamsUser user, Func<JsonObject, bool> where)
    {
        var call = (await _fake.CallsAsync()).Last(c =>
            (string?)c!["conversationId"] == user.ConversationId && (string?)c["operation"] == "sendToConversation" && TeamsChannelHost.Card(c!) is { } card && where(card));
        return ((string)call!["result"]!["id"]!, TeamsChannelHost.Card(call)!);
    }
}
