using System.Net;
using System.Text;
using SalesBot.Slack.Tests.Support;
using SalesBot.Slack.Verification;

namespace SalesBot.Slack.Tests.Http;

/// <summary>Every HTTP endpoint refuses unsigned or badly signed requests with 401 and hands nothing to the sink.</summary>
public sealed class SignatureEndpointTests : IAsyncLifetime
{
    private SlackTestApp _app = null!;

    public static TheoryData<string, string> Endpoints => new()
    {
        { "/slack/events", "application/json" },
        { "/slack/commands", "application/x-www-form-urlencoded" },
        { "/slack/interactions", "application/x-www-form-urlencoded" },
    };

    public async Task InitializeAsync() => _app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task TamperedBody_Is401AndNothingProcessed(string path, string contentType)
    {
        var body = BodyFor(path);
        using var request = SlackRequests.SignedPost(path, body, contentType, _app.Time.GetUtcNow());
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.Replace("U0ALICE", "U0MALLORY", StringComparison.Ordinal)));
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        await AssertRefusedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task WrongSecret_Is401AndNothingProcessed(string path, string contentType) =>
        await AssertRefusedAsync(SlackRequests.SignedPost(path, BodyFor(path), contentType, _app.Time.GetUtcNow(), secret: "another-apps-signing-secret-0000"));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task StaleTimestamp_Is401AndNothingProcessed(string path, string contentType) =>
        await AssertRefusedAsync(SlackRequests.SignedPost(path, BodyFor(path), contentType, _app.Time.GetUtcNow().AddMinutes(-5).AddSeconds(-1)));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task FutureTimestamp_Is401AndNothingProcessed(string path, string contentType) =>
        await AssertRefusedAsync(SlackRequests.SignedPost(path, BodyFor(path), contentType, _app.Time.GetUtcNow().AddMinutes(5).AddSeconds(1)));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task MissingSignatureHeader_Is401AndNothingProcessed(string path, string contentType)
    {
        var request = SlackRequests.SignedPost(path, BodyFor(path), contentType, _app.Time.GetUtcNow());
        request.Headers.Remove(SlackSignature.SignatureHeader);
        await AssertRefusedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task MissingTimestampHeader_Is401AndNothingProcessed(string path, string contentType)
    {
        var request = SlackRequests.SignedPost(path, BodyFor(path), contentType, _app.Time.GetUtcNow());
        request.Headers.Remove(SlackSignature.TimestampHeader);
        await AssertRefusedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task V1Scheme_Is401AndNothingProcessed(string path, string contentType)
    {
        var request = SlackRequests.SignedPost(path, BodyFor(path), contentType, _app.Time.GetUtcNow());
        var v0 = request.Headers.GetValues(SlackSignature.SignatureHeader).Single();
        request.Headers.Remove(SlackSignature.SignatureHeader);
        request.Headers.Add(SlackSignature.SignatureHeader, "v1=" + v0[3..]);
        await AssertRefusedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task NoSigningSecretConfigured_Is401EvenForACorrectlySignedRequest(string path, string contentType)
    {
        await using var unconfigured = await SlackTestApp.StartAsync(new Dictionary<string, string?>());
        using var response = await unconfigured.SendAsync(SlackRequests.SignedPost(path, BodyFor(path), contentType, unconfigured.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(unconfigured.Sink.All);
    }

    [Fact]
    public async Task PublishedVectorBody_AtItsTimestamp_IsAcceptedAsASlashCommand()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings(), now: DateTimeOffset.FromUnixTimeSeconds(1531420618));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(Fixtures.KnownAnswerBody, Encoding.UTF8) };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        request.Headers.Add(SlackSignature.TimestampHeader, Fixtures.KnownAnswerTimestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, Fixtures.KnownAnswerSignature);

        using var response = await app.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var command = await app.Sink.NextAsync<SalesBot.Slack.Inbound.SlackSlashCommand>();
        Assert.Equal(("/webhook-collect", "U2CERLKJA", "T1DC2JH3J", ""), (command.Command, command.User, command.Team.TeamId, command.Text));
        Assert.Equal(new Uri("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN"), command.ResponseUrl);
    }

    private static string BodyFor(string path) => path switch
    {
        "/slack/events" => Fixtures.Read("events/message_im.json"),
        "/slack/commands" => "team_id=T0001&user_id=U0ALICE&channel_id=D0ALICE&command=%2Fsalesbot&text=progress&trigger_id=1.2.3",
        _ => "payload=" + Uri.EscapeDataString(Fixtures.Read("interactions/block_actions.json")),
    };

    private async Task AssertRefusedAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _app.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // Prove the refused request never reached the sink: a valid one afterwards is the first thing it sees.
        using var valid = await _app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_home_opened.json"), _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        await _app.Sink.NextAsync<SalesBot.Slack.Inbound.SlackAppHomeOpened>();
        Assert.Single(_app.Sink.All);
    }
}
