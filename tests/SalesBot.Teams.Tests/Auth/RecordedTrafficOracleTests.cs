using System.Text.Json.Nodes;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Auth;

/// <summary>
/// Every recorded inbound activity, re-addressed to the fake channel and signed by it, gets the same HTTP answer from
/// SalesBot as from the botbuilder reference bot: 200 for messages and events, 501 for invokes neither handles.
/// </summary>
public sealed class RecordedTrafficOracleTests(FakeConnector fake) : IClassFixture<FakeConnector>, IAsyncLifetime
{
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsTestHost.StartAsync(TeamsTestHost.SettingsFor(fake));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Fixtures.Inbound), MemberType = typeof(Fixtures))]
    public async Task RecordedActivity_GetsTheSameAnswerAsFromBotbuilder(string file)
    {
        var activity = JsonNode.Parse(Fixtures.Body(file))!.AsObject();
        activity["serviceUrl"] = fake.ServiceUrl;
        var body = activity.ToJsonString();
        var token = $"Bearer {await fake.MintAsync()}";

        var salesBot = await fake.PostActivityAsync(_host.Url, token, body);
        var oracle = await fake.PostActivityAsync(fake.OracleUrl, token, body);

        Assert.Equal(oracle, salesBot);
        Assert.Equal(file.Contains("-in-invoke-", StringComparison.Ordinal) ? 501 : 200, salesBot);
    }
}
