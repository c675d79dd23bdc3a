using System.Net;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Configuration;

public sealed class SlackOptionsTests
{
    public static TheoryData<Dictionary<string, string?>, string> HalfFilled => new()
    {
        { new() { ["Slack:SigningSecret"] = "s" }, "Slack:BotToken" },
        { new() { ["Slack:BotToken"] = "xoxb-1" }, "Slack:SigningSecret" },
        { new() { ["Slack:SigningSecret"] = "s", ["Slack:ClientId"] = "1.2" }, "Slack:ClientSecret" },
        { new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxp-user-token" }, "'xoxb-'" },
        { new() { ["Slack:Mode"] = "SocketMode", ["Slack:BotToken"] = "xoxb-1" }, "Slack:AppToken" },
        { new() { ["Slack:Mode"] = "SocketMode", ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xoxb-wrong" }, "'xapp-'" },
        { new() { ["Slack:SigningSecret"] = "s", ["Slack:ClientId"] = "1.2", ["Slack:ClientSecret"] = "c", ["Slack:StateSecret"] = "short" }, "Slack:StateSecret" },
    };

    [Theory]
    [MemberData(nameof(HalfFilled))]
    public async Task Start_HalfFilledSection_FailsWithAClearMessage(Dictionary<string, string?> settings, string mentioned)
    {
        var ex = await Assert.ThrowsAsync<SlackConfigurationException>(() => SlackTestApp.StartAsync(settings));
        Assert.Contains(mentioned, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid Slack configuration", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.StackTrace);
        Assert.StartsWith("SlackConfigurationException: Invalid Slack configuration", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_EmptySection_StartsAndAnswers401()
    {
        await using var app = await SlackTestApp.StartAsync(new Dictionary<string, string?>());
        using var response = await app.SendAsync(SlackRequests.Event(Fixtures.Read("events/message_im.json"), app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Start_SlackApiUnreachable_StartsRetriesAndStillAcknowledges()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequests.Secret,
            ["Slack:BotToken"] = "xoxb-test-bot-token-0001",
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        };
        var retried = new TaskCompletionSource();
        await using var app = await SlackTestApp.StartAsync(settings, services => { });
        app.Delay.Gate = async (_, cancellationToken) =>
        {
            retried.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };

        await retried.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains(app.Logs.Lines, l => l.Contains("unreachable at start", StringComparison.Ordinal));
        Assert.False(((SlackBotIdentity)app.Services.GetService(typeof(SlackBotIdentity))!).IsKnown);

        using var response = await app.SendAsync(SlackRequests.Event(Fixtures.Read("events/message_im.json"), app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_BotToken_LearnsTheBotIdentityAndIgnoresItsOwnMessages()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings(slack));
        await slack.NextCallAsync("auth.test");
        var identity = (SlackBotIdentity)app.Services.GetService(typeof(SlackBotIdentity))!;
        await WaitUntilAsync(() => identity.IsKnown);
        Assert.Equal((FakeSlack.BotUserId, FakeSlack.BotId), (identity.BotUserId, identity.BotId));

        var own = Fixtures.Json("events/message_im.json");
        own["event"]!["user"] = FakeSlack.BotUserId;
        own.AsObject().Remove("authorizations");
        using (await app.SendAsync(SlackRequests.Event(own.ToJsonString(), app.Time.GetUtcNow())))
        {
        }

        using (await app.SendAsync(SlackRequests.Event(Fixtures.Read("events/app_home_opened.json"), app.Time.GetUtcNow())))
        {
        }

        await app.Sink.NextAsync<SalesBot.Slack.Inbound.SlackAppHomeOpened>();
        Assert.Single(app.Sink.All);
    }

    [Fact]
    public void Validate_FullHttpAndSocketModeSections_AreValid()
    {
        var validator = new SlackOptionsValidator();
        Assert.True(validator.Validate(null, new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1" }).Succeeded);
        Assert.True(validator.Validate(null, new SlackOptions { Mode = SlackMode.SocketMode, AppToken = "xapp-1", BotToken = "xoxb-1" }).Succeeded);
        Assert.True(validator.Validate(null, new SlackOptions { SigningSecret = "s", ClientId = "1.2", ClientSecret = "c" }).Succeeded);
        Assert.True(validator.Validate(null, new SlackOptions()).Succeeded);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Yield();
            cts.Token.ThrowIfCancellationRequested();
        }
    }
}
