using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Installations;

public sealed class OAuthInstallTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        var settings = SlackTestApp.HttpSettings(_slack);
        settings["Slack:RedirectUri"] = "https://bot.example/slack/oauth/callback";
        _app = await SlackTestApp.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Install_RedirectsToSlackWithScopesAndASignedStateBoundToACookie()
    {
        var (location, cookie) = await StartInstallAsync();

        Assert.Equal("https://slack.com/oauth/v2/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("1111.2222", query["client_id"].ToString());
        Assert.Contains("im:history", query["scope"].ToString(), StringComparison.Ordinal);
        Assert.Equal("https://bot.example/slack/oauth/callback", query["redirect_uri"].ToString());
        Assert.Contains('.', query["state"].ToString());
        Assert.StartsWith("salesbot_slack_oauth=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_ValidState_StoresTheWorkspaceInstallation()
    {
        var (location, cookie) = await StartInstallAsync();
        using var response = await CallbackAsync(QueryHelpers.ParseQuery(location.Query)["state"].ToString(), cookie, "good-code");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("installed in Acme Sales", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var installation = await _app.Installations.FindAsync(new SlackTeamRef("T0002"), default);
        Assert.NotNull(installation);
        Assert.Equal(("xoxb-installed-0002", "U0BOT2", "A0001", "U0INSTALLER"), (installation.BotToken, installation.BotUserId, installation.AppId, installation.InstallerUserId));
        Assert.Equal(FakeSlack.BotId, installation.BotId);
        Assert.Contains("chat:write", installation.Scopes);
        Assert.Equal("Bearer xoxb-installed-0002", _slack.CallsTo("auth.test")[^1].Authorization);
        Assert.Equal("https://bot.example/slack/oauth/callback", _slack.CallsTo("oauth.v2.access").Single().Form["redirect_uri"]);
    }

    [Fact]
    public async Task Callback_ReplayedState_IsRefused()
    {
        var (location, cookie) = await StartInstallAsync();
        var state = QueryHelpers.ParseQuery(location.Query)["state"].ToString();
        using (var first = await CallbackAsync(state, cookie, "good-code"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var replay = await CallbackAsync(state, cookie, "good-code");
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Single(_slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task Callback_ExpiredState_IsRefused()
    {
        var (location, cookie) = await StartInstallAsync();
        _app.Time.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));
        using var response = await CallbackAsync(QueryHelpers.ParseQuery(location.Query)["state"].ToString(), cookie, "good-code");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_slack.CallsTo("oauth.v2.access"));
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public async Task Callback_ForgedOrMissingState_IsRefused(string state)
    {
        var (_, cookie) = await StartInstallAsync();
        using var response = await CallbackAsync(state, cookie, "good-code");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_slack.CallsTo("oauth.v2.access"));
        Assert.Equal(0, _app.Installations.Count);
    }

    [Fact]
    public async Task Callback_StateSignedWithAnotherKey_IsRefused()
    {
        var settings = SlackTestApp.HttpSettings(_slack);
        settings["Slack:StateSecret"] = "a-completely-different-state-secret-0001";
        await using var other = await SlackTestApp.StartAsync(settings);
        using var redirect = await other.Client.GetAsync(new Uri("/slack/install", UriKind.Relative));
        var state = QueryHelpers.ParseQuery(redirect.Headers.Location!.Query)["state"].ToString();
        var cookie = redirect.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        using var response = await CallbackAsync(state, cookie, "good-code");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Callback_StateFromAnotherBrowser_IsRefused()
    {
        var (location, _) = await StartInstallAsync();
        var (_, otherCookie) = await StartInstallAsync();
        using var response = await CallbackAsync(QueryHelpers.ParseQuery(location.Query)["state"].ToString(), otherCookie, "good-code");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Callback_SlackRefusesTheCode_Is502AndNothingStored()
    {
        var (location, cookie) = await StartInstallAsync();
        using var response = await CallbackAsync(QueryHelpers.ParseQuery(location.Query)["state"].ToString(), cookie, "bad-code");
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("invalid_code", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _app.Installations.Count);
    }

    [Fact]
    public async Task Callback_UserCancelled_Is400()
    {
        using var response = await _app.Client.GetAsync(new Uri("/slack/oauth/callback?error=access_denied&state=x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task InstallThenUninstall_RemovesTheWorkspace()
    {
        var (location, cookie) = await StartInstallAsync();
        using (await CallbackAsync(QueryHelpers.ParseQuery(location.Query)["state"].ToString(), cookie, "good-code"))
        {
        }

        Assert.Equal(1, _app.Installations.Count);
        using var uninstall = await _app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_uninstalled.json"), _app.Time.GetUtcNow()));
        await _app.Sink.NextAsync<SlackAppUninstalled>();
        Assert.Equal(0, _app.Installations.Count);
    }

    [Fact]
    public async Task Install_WithoutOAuthSettings_Is404()
    {
        await using var botOnly = await SlackTestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequests.Secret,
            ["Slack:BotToken"] = "xoxb-1",
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
        });
        using var response = await botOnly.Client.GetAsync(new Uri("/slack/install", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(Uri Location, string Cookie)> StartInstallAsync()
    {
        using var response = await _app.Client.GetAsync(new Uri("/slack/install", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        return (response.Headers.Location!, cookie.Split(';')[0]);
    }

    private Task<HttpResponseMessage> CallbackAsync(string state, string cookie, string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/slack/oauth/callback?code={code}&state={Uri.EscapeDataString(state)}");
        request.Headers.Add("Cookie", cookie);
        return _app.Client.SendAsync(request);
    }
}
