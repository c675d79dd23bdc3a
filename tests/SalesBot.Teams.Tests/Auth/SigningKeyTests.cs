using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Auth;

/// <summary>Key caching and refresh, the Entra token family, and what happens when no keys can be had.</summary>
public sealed class SigningKeyTests(FakeConnector fake) : IClassFixture<FakeConnector>
{
    [Fact]
    public async Task UnknownKid_TriggersOneRefresh_ThenIsRateLimited()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var host = await TeamsTestHost.StartAsync(TeamsTestHost.SettingsFor(fake), services: s => s.AddSingleton<TimeProvider>(time));
        var keys = host.Services.GetRequiredService<TeamsSigningKeys>().BotFramework;
        var body = TokenMatrixTests.Activity(fake.ServiceUrl);
        Assert.Equal(200, await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync()}", body));
        Assert.Equal(1, keys.Refreshes);

        // The channel rotates its keys: the first token under the new kid makes SalesBot refetch once and accept it.
        var kid = await fake.RotateKeyAsync();
        Assert.Equal(200, await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync(new { key = kid })}", body));
        Assert.Equal(2, keys.Refreshes);

        // Forged kids can't make it hammer the metadata endpoint: no further refresh within the interval…
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(401, await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync(new { kid = $"forged-{i}" })}", body));
        }

        Assert.Equal(2, keys.Refreshes);

        // …and one again after it.
        time.Advance(OpenIdKeySource.UnknownKeyRefreshInterval);
        Assert.Equal(401, await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync(new { kid = "forged-late" })}", body));
        Assert.Equal(3, keys.Refreshes);
    }

    [Fact]
    public async Task Keys_AreRefreshedAfter24Hours()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var host = await TeamsTestHost.StartAsync(TeamsTestHost.SettingsFor(fake), services: s => s.AddSingleton<TimeProvider>(time));
        var keys = host.Services.GetRequiredService<TeamsSigningKeys>().BotFramework;
        var body = TokenMatrixTests.Activity(fake.ServiceUrl);
        Assert.Equal(200, await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync()}", body));

        time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(200, await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync(new { expiredSecondsAgo = -(24 * 3600) })}", body));
        Assert.Equal(1, keys.Refreshes);

        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(200, await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync(new { expiredSecondsAgo = -(25 * 3600) })}", body));
        Assert.Equal(2, keys.Refreshes);
    }

    [Fact]
    public async Task Lifetime_IsJudgedByTheInjectedClock()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var host = await TeamsTestHost.StartAsync(TeamsTestHost.SettingsFor(fake), services: s => s.AddSingleton<TimeProvider>(time));
        var token = $"Bearer {await fake.MintAsync()}"; // valid for an hour from now
        var body = TokenMatrixTests.Activity(fake.ServiceUrl);

        time.Advance(TimeSpan.FromMinutes(64));
        Assert.Equal(200, await fake.PostActivityAsync(host.Url, token, body)); // 4 min past exp: inside the skew
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(401, await fake.PostActivityAsync(host.Url, token, body));
    }

    [Fact]
    public async Task EntraToken_AcceptedForASingleTenantBot_Only()
    {
        var entra = new
        {
            key = "entra",
            issuer = $"https://login.microsoftonline.com/{FakeConnector.TenantId}/v2.0",
            claims = new { tid = FakeConnector.TenantId, ver = "2.0" },
            omitClaims = new[] { "serviceurl" },
        };
        var token = $"Bearer {await fake.MintAsync(entra)}";
        var body = TokenMatrixTests.Activity(fake.ServiceUrl);

        await using (var singleTenant = await TeamsTestHost.StartAsync(TeamsTestHost.SettingsFor(fake, FakeConnector.TenantId)))
        {
            Assert.Equal(200, await fake.PostActivityAsync(singleTenant.Url, token, body));
            var otherTenant = "22222222-3333-4444-8555-666666666666";
            var foreign = await fake.MintAsync(new { key = "entra", issuer = $"https://login.microsoftonline.com/{otherTenant}/v2.0", claims = new { tid = otherTenant } });
            Assert.Equal(401, await fake.PostActivityAsync(singleTenant.Url, $"Bearer {foreign}", body));
            var wrongAudience = await fake.MintAsync(new { entra.key, entra.issuer, entra.claims, audience = "api://someone-else" });
            Assert.Equal(401, await fake.PostActivityAsync(singleTenant.Url, $"Bearer {wrongAudience}", body));
            Assert.Equal(1, singleTenant.Sink.Count);
        }

        await using var multiTenant = await TeamsTestHost.StartAsync(TeamsTestHost.SettingsFor(fake));
        Assert.Equal(401, await fake.PostActivityAsync(multiTenant.Url, token, body));
        Assert.Equal(0, multiTenant.Sink.Count);
    }

    [Fact]
    public async Task MetadataUnreachable_Answers503_AndProcessesNothing()
    {
        var settings = TeamsTestHost.SettingsFor(fake);
        settings["Teams:OpenIdMetadataUrl"] = $"http://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration";
        await using var host = await TeamsTestHost.StartAsync(settings);

        var status = await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync()}", TokenMatrixTests.Activity(fake.ServiceUrl));

        Assert.Equal(503, status);
        Assert.Equal(0, host.Sink.Count);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
