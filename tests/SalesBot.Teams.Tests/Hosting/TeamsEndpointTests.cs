using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Tests.Auth;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Hosting;

/// <summary>POST /api/messages on Kestrel, fed with tokens minted by the fake channel: what reaches the sink, and what doesn't.</summary>
public sealed class TeamsEndpointTests(FakeConnector fake) : IClassFixture<FakeConnector>, IAsyncLifetime
{
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsTestHost.StartAsync(TeamsTestHost.SettingsFor(fake));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> PostAsync(string body, string? token = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token ?? await fake.MintAsync()}");
        return await fake.Http.SendAsync(request);
    }

    private JsonObject Activity(string type = "message")
    {
        var activity = JsonNode.Parse(TokenMatrixTests.Activity(fake.ServiceUrl))!.AsObject();
        activity["type"] = type;
        return activity;
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();

    [Fact]
    public async Task Message_IsAcknowledgedWith200_AndHandedToTheSink()
    {
        var activity = Activity();
        activity["text"] = $"<at>SalesBot</at> practice price";
        activity["entities"] = new JsonArray
        {
            new JsonObject { ["type"] = "mention", ["text"] = "<at>SalesBot</at>", ["mentioned"] = new JsonObject { ["id"] = $"28:{FakeConnector.AppId}", ["name"] = "SalesBot" } },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-GB", ["timezone"] = "Europe/London" },
        };

        using var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var inbound = Assert.Single(_host.Sink.Accepted);
        Assert.Equal(TeamsInboundKind.Message, inbound.Kind);
        Assert.Equal("practice price", inbound.Text);
        Assert.Equal(fake.ServiceUrl, inbound.Reference!.ServiceUrl);
        Assert.Equal("Europe/London", inbound.Reference.TimeZone);
        Assert.Equal((string?)activity["id"], inbound.ActivityId);
    }

    [Fact]
    public async Task CardSubmit_ReachesTheSinkAsAnAction()
    {
        var activity = Activity();
        activity["replyToId"] = "1:card";
        activity["value"] = JsonNode.Parse("""{"salesbot":{"id":"practice","title":"Practice price","data":{"category":"price"}}}""");

        using var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inbound = Assert.Single(_host.Sink.Accepted);
        Assert.Equal("practice", inbound.Action!.Id);
        Assert.Equal("1:card", inbound.ReplyToId);
    }

    [Fact]
    public async Task AdaptiveCardActionInvoke_AnswersInTheHttpResponse()
    {
        var activity = Activity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"approve","data":{"entry":"e1"}},"trigger":"manual"}""");

        using var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("executed approve", (string?)body["value"]);
        Assert.Single(_host.Sink.Invoked);
        Assert.Empty(_host.Sink.Accepted);
    }

    [Fact]
    public async Task UnsupportedInvoke_Is501()
    {
        var activity = Activity("invoke");
        activity["name"] = "composeExtension/query";

        using var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal(0, _host.Sink.Count);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("aBrandNewTeamsEvent")]
    public async Task UnknownOrUninterestingType_Is200_AndIgnored(string type)
    {
        using var response = await PostAsync(Activity(type).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _host.Sink.Count);
    }

    [Fact]
    public async Task InstallationUpdate_AddAndRemove_ReachTheSink()
    {
        var add = Activity("installationUpdate");
        add["action"] = "add";
        var remove = Activity("installationUpdate");
        remove["action"] = "remove";

        using var first = await PostAsync(add.ToJsonString());
        using var second = await PostAsync(remove.ToJsonString());

        Assert.Equal([TeamsInboundKind.Installed, TeamsInboundKind.Uninstalled], _host.Sink.Accepted.Select(i => i.Kind));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "Malformed JSON")]
    [InlineData("[1,2,3]", "Malformed JSON")]
    [InlineData("\"message\"", "Malformed JSON")]
    [InlineData("null", "JSON object")]
    [InlineData("", "JSON object")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":42}}", "Malformed JSON")]
    [InlineData("{\"id\":\"x\",\"text\":\"no type\"}", "no type")]
    [InlineData("{\"type\":\"\"}", "no type")]
    public async Task BadBody_Is400WithAReason_AndNothingProcessed(string body, string reason)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await DetailAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, _host.Sink.Count);
    }

    [Fact]
    public async Task MessageWithoutSender_Is400NamingTheField()
    {
        var activity = Activity();
        activity.Remove("from");

        using var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from.id", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeeplyNestedValue_Is400_NotA500()
    {
        var activity = Activity().ToJsonString();
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

        using var response = await PostAsync(string.Concat(activity.AsSpan(0, activity.Length - 1), ",\"value\":", nested, "}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _host.Sink.Count);
    }

    [Fact]
    public async Task HugeBody_Is413_AndNothingProcessed()
    {
        var activity = Activity();
        activity["text"] = new string('x', 300 * 1024);

        using var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _host.Sink.Count);
    }

    [Fact]
    public async Task HugeChunkedBody_Is413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Url)
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 400 * 1024) + "{}"))),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {await fake.MintAsync()}");

        using var response = await fake.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Unauthenticated_Garbage_Is401_NotA400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Url) { Content = new StringContent("{{{ not json", Encoding.UTF8, "application/json") };

        using var response = await fake.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain("JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityForAnotherServiceUrl_Is401()
    {
        var activity = Activity();
        activity["serviceUrl"] = "https://evil.example.com/teams/";

        using var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Sink.Count);
    }

    [Fact]
    public async Task GetOnTheEndpoint_IsNotAllowed()
    {
        using var response = await fake.Http.GetAsync(_host.Url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Secrets_AreNeverLogged()
    {
        var activity = Activity();
        activity["text"] = "help";
        using var ok = await PostAsync(activity.ToJsonString());
        using var bad = await PostAsync(activity.ToJsonString(), token: "forged.token.value");

        Assert.DoesNotContain(FakeConnector.AppPassword, _host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("forged.token.value", _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayedActivity_IsHandedOverAgain_DeDuplicationIsThePipelinesJob()
    {
        var body = Activity().ToJsonString();
        using var first = await PostAsync(body);
        using var second = await PostAsync(body);

        Assert.Equal(2, _host.Sink.Accepted.Count);
        Assert.Single(_host.Sink.Accepted.Select(i => i.ActivityId).Distinct());
    }

    [Fact]
    public async Task Json_ParsedByTheEndpoint_IsCaseSensitiveLikeTheSdk()
    {
        using var response = await PostAsync("""{"Type":"message","text":"hi"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no type", await DetailAsync(response), StringComparison.Ordinal);
    }
}
