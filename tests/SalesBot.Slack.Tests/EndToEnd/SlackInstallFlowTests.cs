using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.EndToEnd;

/// <summary>
/// Multi-workspace install on two host instances sharing one SQLite store: the installation is stored in the document
/// store (both instances see it), the workspace's turns use its own bot token, a replayed state is refused on the other
/// instance, a forged one everywhere, and uninstalling removes the installation and marks the workspace's users unreachable.
/// </summary>
public sealed class SlackInstallFlowTests : IAsyncLifetime
{
    private const string Workspace = "T0002";
    private const string Member = "U0ACME";
    private FakeSlack _slack = null!;
    private SlackHost _first = null!;
    private SlackHost _second = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _first = new SlackHost(_slack);
        _second = new SlackHost(_slack, databasePath: _first.DatabasePath);
        _ = _first.CreateClient();
        _ = _second.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task InstallOnOneInstance_ReplayOnTheOther_IsRefused_AndUninstallRemovesTheWorkspace()
    {
        var browser = NoCookies(_first);
        var (state, cookie) = await StartInstallAsync(browser);

        using (var installed = await CallbackAsync(browser, state, cookie))
        {
            Assert.Equal(HttpStatusCode.OK, installed.StatusCode);
        }

        // Stored in the shared document store: the other instance finds it.
        var team = new SlackTeamRef(Workspace);
        var stored = await _second.Services.GetRequiredService<ISlackInstallationStore>().FindAsync(team, default);
        Assert.Equal(("xoxb-installed-0002", "U0BOT2"), (stored?.BotToken, stored?.BotUserId));

        // The same state (with its cookie) replayed against the second instance: refused, and no second code exchange.
        var otherBrowser = NoCookies(_second);
        using (var replay = await CallbackAsync(otherBrowser, state, cookie))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        }

        Assert.Single(_slack.CallsTo("oauth.v2.access"));

        // A forged state (a valid one with its signature altered) is refused before Slack is called.
        var (fresh, freshCookie) = await StartInstallAsync(otherBrowser);
        var forged = fresh[..^2] + (fresh[^2..] == "AA" ? "BB" : "AA");
        using (var refused = await CallbackAsync(otherBrowser, forged, freshCookie))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Single(_slack.CallsTo("oauth.v2.access"));

        // The installed workspace's members talk to the bot through its own token (the second instance serves them).
        var driver = new SlackDriver(_slack, _second.CreateClient()) { TeamId = Workspace };
        await driver.SendEventAsync(driver.DirectMessage(Member, "hi"));
        var reply = (await _slack.WaitForPostsAsync(SlackDriver.DmOf(Member), 0))[0];
        Assert.Equal("Bearer xoxb-installed-0002", reply.Authorization);

        // Uninstall (delivered to the first instance): the installation is gone for both, the member is unreachable.
        var toFirst = new SlackDriver(_slack, _first.CreateClient()) { TeamId = Workspace };
        await toFirst.SendEventAsync(toFirst.AppUninstalled());
        await _first.Logs.WaitForAsync(7832);
        Assert.Null(await _second.Services.GetRequiredService<ISlackInstallationStore>().FindAsync(team, default));

        // The member's work runs in order: this proactive send comes after the "removed" turn queued for them.
        var proactive = await _first.Services.GetRequiredService<IProactiveSender>().SendAsync(
            new ProactiveRequest { User = SlackHost.User(Member, Workspace), Reason = "test", Messages = [OutboundMessage.Plain("nudge")] }, default);
        Assert.Equal(ProactiveStatus.Inactive, proactive.Status);
        var reference = (await _first.Conversations.LoadAsync(SlackHost.User(Member, Workspace), default))!.State.Reference!;
        Assert.Equal((false, "slack app_uninstalled"), (reference.Active, reference.InactiveReason));
        Assert.DoesNotContain("xoxb-installed-0002", _first.Logs.All + _second.Logs.All, StringComparison.Ordinal);
    }

    /// <summary>A browser that shows redirects and cookies to the test instead of following and keeping them.</summary>
    private static HttpClient NoCookies(SlackHost host) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.CreateClient().BaseAddress };

    private static async Task<(string State, string Cookie)> StartInstallAsync(HttpClient browser)
    {
        using var redirect = await browser.GetAsync(new Uri("/slack/install", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var state = QueryHelpers.ParseQuery(redirect.Headers.Location!.Query)["state"].ToString();
        return (state, redirect.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
    }

    private static Task<HttpResponseMessage> CallbackAsync(HttpClient browser, string state, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/slack/oauth/callback?code=good-code&state=" + Uri.EscapeDataString(state));
        request.Headers.Add("Cookie", cookie);
        return browser.SendAsync(request);
    }
}
