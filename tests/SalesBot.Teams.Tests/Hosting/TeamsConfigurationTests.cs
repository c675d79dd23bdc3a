using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Configuration;
using SalesBot.Teams.Tests.Auth;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Hosting;

/// <summary>Section Teams: aliases, startup validation, and auth that can be switched off only explicitly, in Development.</summary>
public sealed class TeamsConfigurationTests(FakeConnector fake) : IClassFixture<FakeConnector>
{
    [Fact]
    public async Task AzureBotNames_AreAcceptedAsAliases()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = FakeConnector.AppId,
            ["MicrosoftAppPassword"] = FakeConnector.AppPassword,
            ["Teams:MicrosoftAppTenantId"] = FakeConnector.TenantId,
        };
        await using var host = await TeamsTestHost.StartAsync(settings);

        var options = host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;

        Assert.Equal(FakeConnector.AppId, options.AppId);
        Assert.Equal(FakeConnector.AppPassword, options.AppPassword);
        Assert.Equal(FakeConnector.TenantId, options.TenantId);
        Assert.Equal($"https://login.microsoftonline.com/{FakeConnector.TenantId}/oauth2/v2.0/token", options.EffectiveTokenEndpoint);
    }

    [Fact]
    public async Task TeamsSection_WinsOverAliases_AndMultiTenantUsesBotFrameworkAuthority()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-1111-4111-8111-111111111111",
            ["Teams:AppId"] = FakeConnector.AppId,
            ["Teams:AppPassword"] = FakeConnector.AppPassword,
        };
        await using var host = await TeamsTestHost.StartAsync(settings);

        var options = host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;

        Assert.Equal(FakeConnector.AppId, options.AppId);
        Assert.False(options.IsSingleTenant);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", options.EffectiveTokenEndpoint);
        Assert.Equal(["smba.trafficmanager.net"], options.EffectiveAllowedServiceUrlHosts);
    }

    [Theory]
    [InlineData("Teams:AppId", FakeConnector.AppId, "Teams:AppPassword (or MicrosoftAppPassword) is required")]
    [InlineData("Teams:AppPassword", FakeConnector.AppPassword, "Teams:AppId (or MicrosoftAppId) is empty")]
    [InlineData("Teams:TenantId", FakeConnector.TenantId, "Teams:TenantId is set but Teams:AppId")]
    public async Task HalfFilledSection_FailsStartup_NamingTheSetting(string key, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<TeamsSettingsException>(() => TeamsTestHost.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeConnector.AppPassword, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Teams:AppId", "my-bot", "must be the bot's Microsoft App ID, a GUID")]
    [InlineData("Teams:TenantId", "contoso.com", "Teams:TenantId (or MicrosoftAppTenantId) must be the tenant's id")]
    [InlineData("Teams:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "plain http:// only on loopback")]
    [InlineData("Teams:TokenEndpoint", "http://login.example.com/token", "plain http:// only on loopback")]
    [InlineData("Teams:TokenEndpoint", "ftp://127.0.0.1/token", "absolute https:// URL")]
    [InlineData("Teams:AllowedServiceUrlHosts:0", "https://smba.trafficmanager.net/", "not a host name")]
    [InlineData("Teams:DisableAuth", "true", "honoured only in the Development environment")]
    public async Task UnsafeSetting_FailsStartup(string key, string value, string expected)
    {
        var settings = TeamsTestHost.SettingsFor(fake);
        settings[key] = value;

        var error = await Assert.ThrowsAsync<TeamsSettingsException>(() => TeamsTestHost.StartAsync(settings, environment: "Production"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeConnector.AppPassword, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    [InlineData("Development")]
    public async Task NoAppId_Answers401ToEverything_EvenInDevelopmentWithoutTheFlag(string environment)
    {
        await using var host = await TeamsTestHost.StartAsync(new Dictionary<string, string?>(), environment);

        var withToken = await fake.PostActivityAsync(host.Url, $"Bearer {await fake.MintAsync()}", TokenMatrixTests.Activity(fake.ServiceUrl));
        var without = await fake.PostActivityAsync(host.Url, null, TokenMatrixTests.Activity(fake.ServiceUrl));

        Assert.Equal(401, withToken);
        Assert.Equal(401, without);
        Assert.Equal(0, host.Sink.Count);
    }

    [Fact]
    public async Task DisableAuth_InDevelopment_AcceptsUnsignedRequests()
    {
        await using var host = await TeamsTestHost.StartAsync(new Dictionary<string, string?> { ["Teams:DisableAuth"] = "true" }, "Development");

        var status = await fake.PostActivityAsync(host.Url, null, TokenMatrixTests.Activity(fake.ServiceUrl));

        Assert.Equal(200, status);
        Assert.Equal(1, host.Sink.Count);
    }

    [Fact]
    public async Task DisableAuth_StillRefusesMalformedBodies()
    {
        await using var host = await TeamsTestHost.StartAsync(new Dictionary<string, string?> { ["Teams:DisableAuth"] = "true" }, "Development");

        Assert.Equal(400, await fake.PostActivityAsync(host.Url, null, "{not json"));
        Assert.Equal(0, host.Sink.Count);
    }

    [Fact]
    public async Task EmptySection_StartsWithTeamsOff()
    {
        await using var host = await TeamsTestHost.StartAsync(new Dictionary<string, string?>(), "Production");

        Assert.False(host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value.IsConfigured);
        Assert.Equal(HttpStatusCode.Unauthorized, (HttpStatusCode)await fake.PostActivityAsync(host.Url, null, "{}"));
    }

    [Fact]
    public async Task AddTeamsChannelTwice_BindsTheSectionOnce()
    {
        var settings = TeamsTestHost.SettingsFor(fake);
        settings["Teams:AllowedServiceUrlHosts:0"] = "smba.trafficmanager.net";
        settings["Teams:AllowedServiceUrlHosts:1"] = "*.teams.microsoft.us";
        var builder = TeamsTestHost.CreateBuilder(settings, "Testing", new CapturedLogs());
        SalesBot.Teams.Hosting.TeamsChannelExtensions.AddTeamsChannel(builder);
        await using var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;

        Assert.Equal(["smba.trafficmanager.net", "*.teams.microsoft.us"], options.EffectiveAllowedServiceUrlHosts);
    }
}
