using System.Text.Json.Nodes;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Auth;

/// <summary>
/// The forged/broken token matrix, sent over real HTTP to SalesBot's endpoint and to the botbuilder reference bot
/// (CloudAdapter, auth on) pointed at the same fake channel: both must reach the same verdict, and a rejection must be a
/// 401 with nothing handed to the pipeline.
/// </summary>
public sealed class TokenMatrixTests(FakeConnector fake) : IClassFixture<FakeConnector>, IAsyncLifetime
{
    private static readonly string[] NoServiceUrl = ["serviceurl"];
    private TeamsTestHost _host = null!;

    public static TheoryData<string, bool, string> Cases => new()
    {
        { "valid", true, "" },
        { "valid, expired 2 minutes ago (inside the 5-minute skew)", true, "" },
        { "valid, RS512", true, "" },
        { "no Authorization header", false, "no Authorization header" },
        { "wrong scheme", false, "is not 'Bearer <token>'" },
        { "alg none", false, "algorithm 'none' is not allowed" },
        { "HS256 signed with the public key", false, "algorithm 'HS256' is not allowed" },
        { "wrong issuer", false, "issuer 'https://api.botframework.evil' is not trusted" },
        { "wrong audience", false, "InvalidAudience" },
        { "expired beyond the skew", false, "InvalidLifetime" },
        { "not yet valid", false, "InvalidLifetime" },
        { "unknown kid", false, "signing key 'no-such-key' is not published" },
        { "foreign key under a known kid", false, "InvalidSignature" },
        { "serviceurl claim mismatch", false, "serviceurl claim does not match" },
        { "serviceurl claim missing", false, "no serviceurl claim" },
        { "channel not endorsed by the key", false, "not endorsed for channel 'msteams'" },
        { "activity from a channel the key does not endorse", false, "not endorsed for channel 'slack'" },
        { "tampered payload", false, "InvalidSignature" },
    };

    public async Task InitializeAsync() => _host = await TeamsTestHost.StartAsync(TeamsTestHost.SettingsFor(fake));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Token_SalesBotAgreesWithTheBotbuilderOracle(string name, bool accepted, string reason)
    {
        var (authorization, body) = await RequestAsync(name);
        var before = _host.Sink.Count;

        var salesBot = await fake.PostActivityAsync(_host.Url, authorization, body);
        var oracle = await fake.PostActivityAsync(fake.OracleUrl, authorization, body);

        Assert.Equal(accepted, oracle is >= 200 and < 300);
        Assert.Equal(accepted ? 200 : 401, salesBot);
        Assert.Equal(accepted ? before + 1 : before, _host.Sink.Count);
        if (!accepted)
        {
            Assert.Contains(reason, _host.Logs.Lines.Last(l => l.Contains("rejected (401)", StringComparison.Ordinal)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Harness_NeverReachesBeyondLoopback()
    {
        await Token_SalesBotAgreesWithTheBotbuilderOracle("valid", true, "");

        Assert.Empty(await fake.EgressAsync(fake.BaseUrl));
        Assert.Empty(await fake.EgressAsync(new Uri(fake.OracleUrl).GetLeftPart(UriPartial.Authority)));
    }

    [Fact]
    public async Task KeyWithoutEndorsements_IsRejectedLikeDotNet_ThoughBotbuilderJsAcceptsIt()
    {
        var token = await fake.MintAsync(new { key = "unendorsed" });
        var body = Activity(fake.ServiceUrl);

        Assert.Equal(401, await fake.PostActivityAsync(_host.Url, $"Bearer {token}", body));
        Assert.Equal(200, await fake.PostActivityAsync(fake.OracleUrl, $"Bearer {token}", body)); // the documented JS divergence
    }

    [Fact]
    public async Task Rejection_NeverLogsTheToken()
    {
        var token = await fake.MintAsync(new { audience = "someone-else" });

        Assert.Equal(401, await fake.PostActivityAsync(_host.Url, $"Bearer {token}", Activity(fake.ServiceUrl)));

        Assert.Contains(_host.Logs.Lines, l => l.Contains("rejected (401)", StringComparison.Ordinal));
        Assert.DoesNotContain(token, _host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], _host.Logs.All, StringComparison.Ordinal);
    }

    internal static string Activity(string serviceUrl, string channelId = "msteams") => new JsonObject
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-ada", ["aadObjectId"] = "0f0e0d0c-0b0a-4909-8807-060504030201" },
        ["recipient"] = new JsonObject { ["id"] = $"28:{FakeConnector.AppId}" },
        ["conversation"] = new JsonObject { ["id"] = "a:1conv", ["conversationType"] = "personal", ["tenantId"] = FakeConnector.TenantId },
        ["text"] = "help",
    }.ToJsonString();

    private async Task<(string? Authorization, string Body)> RequestAsync(string name)
    {
        var body = Activity(fake.ServiceUrl);
        async Task<string> Bearer(object spec) => $"Bearer {await fake.MintAsync(spec)}";
        return name switch
        {
            "valid" => (await Bearer(new { }), body),
            "valid, expired 2 minutes ago (inside the 5-minute skew)" => (await Bearer(new { expiredSecondsAgo = 120 }), body),
            "valid, RS512" => (await Bearer(new { alg = "RS512" }), body),
            "no Authorization header" => (null, body),
            "wrong scheme" => ($"Basic {await fake.MintAsync()}", body),
            "alg none" => (await Bearer(new { alg = "none" }), body),
            "HS256 signed with the public key" => (await Bearer(new { alg = "HS256" }), body),
            "wrong issuer" => (await Bearer(new { issuer = "https://api.botframework.evil" }), body),
            "wrong audience" => (await Bearer(new { audience = "11111111-1111-4111-8111-111111111111" }), body),
            "expired beyond the skew" => (await Bearer(new { expiredSecondsAgo = 400 }), body),
            "not yet valid" => (await Bearer(new { notBeforeInSeconds = 600 }), body),
            "unknown kid" => (await Bearer(new { kid = "no-such-key" }), body),
            "foreign key under a known kid" => (await Bearer(new { key = "foreign", kid = "fake-key-msteams" }), body),
            "serviceurl claim mismatch" => (await Bearer(new { serviceUrl = "https://smba.trafficmanager.net/amer/" }), body),
            "serviceurl claim missing" => (await Bearer(new { omitClaims = NoServiceUrl }), body),
            "channel not endorsed by the key" => (await Bearer(new { key = "slack" }), body),
            "activity from a channel the key does not endorse" => (await Bearer(new { }), Activity(fake.ServiceUrl, "slack")),
            "tampered payload" => (await Bearer(new { tamper = true }), body),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such case"),
        };
    }
}
