using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Configuration;
using SalesBot.Teams.Hosting;
using SalesBot.Teams.Pipeline;
using SalesBot.Teams.Tests.Activities;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Pipeline;

/// <summary>How Teams activities become pipeline turns, and what the sink answers.</summary>
public sealed class TeamsTurnSinkTests
{
    private const string Tenant = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    private const string Aad = "0f0e0d0c-0b0a-4909-8807-060504030201";

    private readonly StubPipeline _pipeline = new();
    private readonly TeamsCardMemory _cards = new(new FakeTimeProvider());

    private TeamsTurnSink Sink(string? tenant = null) =>
        new(_pipeline, _cards, Options.Create(new TeamsOptions { TenantId = tenant }), NullLogger<TeamsTurnSink>.Instance);

    private static JsonObject Press(string id, string title, string? replyToId = "1:card")
    {
        var activity = ActivityMapperTests.Personal();
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject { ["salesbot"] = new JsonObject { ["id"] = id, ["title"] = title, ["data"] = new JsonObject { ["category"] = "price" } } };
        return activity;
    }

    private static JsonObject Invoke(string id, string title)
    {
        var activity = ActivityMapperTests.Personal("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1:card";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = id,
                ["data"] = new JsonObject { ["salesbot"] = new JsonObject { ["id"] = id, ["title"] = title, ["data"] = new JsonObject { ["entry"] = "e1" } } },
            },
            ["trigger"] = "manual",
        };
        return activity;
    }

    [Fact]
    public void ToTurn_Message_IsKeyedByTenantAndEntraId_WithTheReferenceAsReceived()
    {
        var activity = ActivityMapperTests.Personal();
        activity["text"] = "practice price";
        activity["locale"] = "en-GB";

        var turn = Sink().ToTurn(ActivityMapperTests.Map(activity))!;

        Assert.Equal(new UserKey("teams", Tenant, Aad), turn.User);
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("practice price", turn.Text);
        Assert.Equal("1700000000001", turn.MessageId);
        Assert.Equal("Ada", turn.UserName);
        var reference = turn.Reference;
        Assert.Equal("teams", reference.Channel);
        Assert.Equal(Tenant, reference.TenantId);
        Assert.Equal("29:user-ada", reference.ChannelUserId);
        Assert.Equal(Aad, reference.AadObjectId);
        Assert.Equal("a:1conv", reference.ConversationId);
        Assert.Equal("28:6b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", reference.BotId);
        Assert.Equal("https://smba.trafficmanager.net/emea/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/", reference.ServiceUrl);
        Assert.Equal("en-GB", reference.Locale);
        Assert.True(reference.Active);
    }

    [Fact]
    public void ToTurn_WithoutEntraIdOrTenant_FallsBackToThe29IdAndTheConfiguredTenant()
    {
        var activity = ActivityMapperTests.Personal();
        activity["text"] = "hi";
        activity["from"]!.AsObject().Remove("aadObjectId");
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity.Remove("channelData");

        Assert.Equal(new UserKey("teams", "home-tenant", "29:user-ada"), Sink("home-tenant").ToTurn(ActivityMapperTests.Map(activity))!.User);
        Assert.Equal(new UserKey("teams", TeamsReferences.NoTenant, "29:user-ada"), Sink().ToTurn(ActivityMapperTests.Map(activity))!.User);
    }

    [Fact]
    public void ToTurn_VeryLongText_IsCutBeforeTheDialogSeesIt()
    {
        var activity = ActivityMapperTests.Personal();
        activity["text"] = new string('a', 20_000);

        Assert.Equal(TeamsTurnSink.MaxTextLength, Sink().ToTurn(ActivityMapperTests.Map(activity))!.Text!.Length);
    }

    [Fact]
    public void ToTurn_ButtonPress_CarriesTheActionAndThePressedCardsId()
    {
        var turn = Sink().ToTurn(ActivityMapperTests.Map(Press("practice", "Practice price")))!;

        Assert.Null(turn.Text);
        Assert.Equal("practice", turn.Action!.Id);
        Assert.Equal("price", turn.Action.Get("category"));
        Assert.Equal("1:card", turn.Action.SourceMessageId);
    }

    [Fact]
    public void ToTurn_InstallAndUninstall_InPersonalScope_AreInstalledAndRemoved()
    {
        var add = ActivityMapperTests.Personal("installationUpdate");
        add["action"] = "add";
        var remove = ActivityMapperTests.Personal("installationUpdate");
        remove["action"] = "remove";

        var installed = Sink().ToTurn(ActivityMapperTests.Map(add))!;
        var removed = Sink().ToTurn(ActivityMapperTests.Map(remove))!;

        Assert.Equal(TurnKind.Installed, installed.Kind);
        Assert.True(installed.Reference.Active);
        Assert.Equal(TurnKind.Removed, removed.Kind);
        Assert.False(removed.Reference.Active);
        Assert.Equal(TeamsTurnSink.UninstalledReason, removed.Reference.InactiveReason);
    }

    [Fact]
    public void ToTurn_InstallInATeam_IsIgnored_AndAChannelMessageKeepsNoConversation()
    {
        var add = ActivityMapperTests.Personal("installationUpdate");
        add["action"] = "add";
        add["conversation"] = new JsonObject { ["id"] = "19:general@thread.tacv2", ["conversationType"] = "channel", ["tenantId"] = Tenant };
        var message = ActivityMapperTests.Personal();
        message["text"] = "<at>SalesBot</at> practice";
        message["conversation"] = add["conversation"]!.DeepClone();

        Assert.Null(Sink().ToTurn(ActivityMapperTests.Map(add)));
        var turn = Sink().ToTurn(ActivityMapperTests.Map(message))!;
        Assert.Null(turn.Reference.ConversationId); // replies go to the personal chat (created if needed), never the channel
        Assert.Equal(new UserKey("teams", Tenant, Aad), turn.User);
    }

    [Fact]
    public void ToTurn_AnotherChannelOfTheSameBot_IsIgnored()
    {
        var activity = ActivityMapperTests.Personal();
        activity["channelId"] = "webchat";
        activity["text"] = "hi";

        Assert.Null(Sink().ToTurn(ActivityMapperTests.Map(activity)));
    }

    [Theory]
    [InlineData(EnqueueResult.Accepted, TeamsAcceptance.Accepted)]
    [InlineData(EnqueueResult.Duplicate, TeamsAcceptance.Accepted)]
    [InlineData(EnqueueResult.Overloaded, TeamsAcceptance.RetryLater)]
    [InlineData(EnqueueResult.ShuttingDown, TeamsAcceptance.RetryLater)]
    public async Task Accept_AnswersFromTheQueue(EnqueueResult queued, TeamsAcceptance expected)
    {
        _pipeline.NextEnqueue = queued;
        var activity = ActivityMapperTests.Personal();
        activity["text"] = "hi";

        Assert.Equal(expected, await Sink().AcceptAsync(ActivityMapperTests.Map(activity), default));
        Assert.Single(_pipeline.Enqueued);
    }

    [Fact]
    public async Task Accept_ButtonPress_RemembersThePressedTitleForTheCardUpdate()
    {
        _cards.RememberSent("a:1conv", "1:card", new OutboundMessage { Text = "Dana: too expensive", Actions = [new MessageAction("hint", "Hint")] });

        await Sink().AcceptAsync(ActivityMapperTests.Map(Press("hint", "Hint")), default);

        var retired = _cards.Retired("a:1conv", "1:card")!;
        Assert.Empty(retired.Actions);
        Assert.Equal("Dana: too expensive", retired.Text);
        Assert.Equal("\u2713 You chose **Hint**", retired.Sections[^1].Text);
    }

    [Fact]
    public async Task Invoke_RunsTheTurnSynchronously_AndAnswersWithTheReplacementCard()
    {
        _pipeline.NextResult = new TurnResult([OutboundMessage.Plain("Mia approved it.")])
        {
            SourceUpdate = SourceMessageUpdate.Replace(new OutboundMessage { Title = "\u2713 Approved by Mia" }),
        };

        var answer = await Sink().InvokeAsync(ActivityMapperTests.Map(Invoke("approve", "Approve")), default);

        var (turn, delivery) = Assert.Single(_pipeline.Processed);
        Assert.Equal(TurnDelivery.RepliesByMessenger, delivery);
        Assert.Equal("approve", turn.Action!.Id);
        Assert.Equal("e1", turn.Action.Get("entry"));
        Assert.Equal("1:card", turn.Action.SourceMessageId);
        Assert.Equal(200, answer.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, answer.Type);
        Assert.Equal("AdaptiveCard", answer.Value.GetProperty("type").GetString());
        Assert.Contains("Approved by Mia", answer.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_RetireActions_ForAKnownCard_AnswersWithItWithoutButtons()
    {
        _cards.RememberSent("a:1conv", "1:card", new OutboundMessage { Title = "New nomination", Actions = [new MessageAction("approve", "Approve")] });
        _pipeline.NextResult = new TurnResult([]) { SourceUpdate = SourceMessageUpdate.RetireActions };

        var answer = await Sink().InvokeAsync(ActivityMapperTests.Map(Invoke("approve", "Approve")), default);

        Assert.Equal(AdaptiveCardInvokeResponse.CardType, answer.Type);
        Assert.False(answer.Value.TryGetProperty("actions", out _));
        Assert.Contains("You chose **Approve**", answer.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_RetireActions_ForAnUnknownCard_KeepsItAndShowsAToast()
    {
        _pipeline.NextResult = new TurnResult([]) { SourceUpdate = SourceMessageUpdate.RetireActions };

        var answer = await Sink().InvokeAsync(ActivityMapperTests.Map(Invoke("approve", "Approve")), default);

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, answer.Type);
        Assert.Equal("\u2713 You chose Approve", answer.Value.GetString());
    }

    [Theory]
    [InlineData(TurnStatus.Overloaded, 503, AdaptiveCardInvokeResponse.ErrorType)]
    [InlineData(TurnStatus.ShuttingDown, 503, AdaptiveCardInvokeResponse.ErrorType)]
    [InlineData(TurnStatus.Duplicate, 200, AdaptiveCardInvokeResponse.MessageType)]
    [InlineData(TurnStatus.Failed, 200, AdaptiveCardInvokeResponse.MessageType)]
    public async Task Invoke_ThatDidNotRun_SaysSo(TurnStatus status, int statusCode, string type)
    {
        _pipeline.NextResult = TurnResult.Empty(status);

        var answer = await Sink().InvokeAsync(ActivityMapperTests.Map(Invoke("approve", "Approve")), default);

        Assert.Equal(statusCode, answer.StatusCode);
        Assert.Equal(type, answer.Type);
    }

    [Fact]
    public async Task Endpoint_WhenThePipelineIsFull_Answers503WithRetryAfter()
    {
        var pipeline = new StubPipeline { NextEnqueue = EnqueueResult.Overloaded };
        await using var host = await TeamsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Teams:DisableAuth"] = "true" },
            "Development",
            services =>
            {
                services.AddSingleton<ITurnPipeline>(pipeline);
                services.Replace(ServiceDescriptor.Singleton<ITeamsTurnSink, TeamsTurnSink>());
            });
        var activity = ActivityMapperTests.Personal();
        activity["text"] = "hi";
        using var http = new HttpClient();

        using var response = await http.PostAsync(host.Url, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.Single(pipeline.Enqueued);
    }

    [Fact]
    public async Task Endpoint_InvokeError_IsAlsoTheHttpStatus()
    {
        var pipeline = new StubPipeline { NextResult = TurnResult.Empty(TurnStatus.Overloaded) };
        await using var host = await TeamsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Teams:DisableAuth"] = "true" },
            "Development",
            services =>
            {
                services.AddSingleton<ITurnPipeline>(pipeline);
                services.Replace(ServiceDescriptor.Singleton<ITeamsTurnSink, TeamsTurnSink>());
            });
        using var http = new HttpClient();

        using var response = await http.PostAsync(host.Url, new StringContent(Invoke("approve", "Approve").ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("ServiceUnavailable", body.RootElement.GetProperty("value").GetProperty("code").GetString());
    }
}
