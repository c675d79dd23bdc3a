using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Auth;

/// <summary>
/// The forged/broken token matrix, sent over real HTTP to SalesBot's endpoint and to the botbuilder reference bot
/// (CloudAdapter, auth on) pointed at the same fake channel: both must reach the same verdict, and a rejection must be a
/// 401 with nothing handed to the pipeline.
/// </summary>
public sealed class TokenMatrixTests(FakeConnector fake) : IClassFixture<FakeConnector>, IAsyncLifetime
{
    private TeamsTestHost _host = null!;

    public static TheoryData<string, bool, string> Cases => TokenCases.All;

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

    internal static string Activity(string serviceUrl, string channelId = "msteams") => TokenCases.Activity(serviceUrl, channelId);

    private Task<(string? Authorization, string Body)> RequestAsync(string name) =>
        TokenCases.RequestAsync(fake, name, Activity(fake.ServiceUrl));
}
