namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// Tests over the real host with Slack pointed at a fake Slack (its Web API and recorded calls), the scheduler off, and
/// a driver that signs requests as Slack does.
/// </summary>
public abstract class SlackHostTest : IAsyncLifetime
{
    protected FakeSlack Fake { get; private set; } = null!;

    protected SlackHost Bot { get; private set; } = null!;

    protected SlackDriver Driver { get; private set; } = null!;

    /// <summary>The host's clock (null: the system's).</summary>
    protected virtual TimeProvider? Time => null;

    public async Task InitializeAsync()
    {
        Fake = await FakeSlack.StartAsync();
        Bot = new SlackHost(Fake, settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "false" }, time: Time);
        Driver = new SlackDriver(Fake, Bot.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
    }

    /// <summary><paramref name="user"/> says <paramref name="text"/> in a DM; returns the bot's post in <paramref name="dm"/> that <paramref name="answered"/> accepts.</summary>
    protected async Task<RecordedCall> SayAsync(string user, string text, string dm, Func<RecordedCall, bool> answered)
    {
        var before = Fake.Posts(dm).Count;
        Assert.Equal(200, (await Driver.SendEventAsync(Driver.DirectMessage(user, text))).Status);
        return (await Fake.WaitForPostsAsync(dm, before, last: answered))[^1];
    }
}
