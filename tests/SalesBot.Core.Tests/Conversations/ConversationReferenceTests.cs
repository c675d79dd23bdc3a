using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Conversations;

/// <summary>Conversation references: stored with the user's state on every turn, mirrored to the roster only when they change.</summary>
public sealed class ConversationReferenceTests
{
    private readonly ChatHarness _chat = new("manager");

    private static ConversationReference Teams(string serviceUrl = "https://smba.trafficmanager.net/amer/tenant-1/", string? timeZone = "Europe/Berlin") => new()
    {
        Channel = "local",
        TenantId = "local",
        ChannelUserId = "29:1abc",
        AadObjectId = "00000000-0000-0000-0000-00000000a11c",
        ConversationId = "a:1xyz",
        BotId = "28:app-id",
        ServiceUrl = serviceUrl,
        Locale = "en-GB",
        TimeZone = timeZone,
    };

    private Task<TurnResult> SendAsync(string text, ConversationReference reference) =>
        _chat.RunAsync(ChatHarness.Turn("alice", text) with { Reference = reference });

    private async Task<ConversationReference> StoredAsync() =>
        (await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None))!.State.Reference!;

    [Fact]
    public async Task FirstTurn_StoresTheReferenceAsReceived_AndMirrorsItToTheRoster()
    {
        await SendAsync("help", Teams());

        var stored = await StoredAsync();
        Assert.Equal(Teams() with { UpdatedAt = _chat.Time.GetUtcNow() }, stored);
        var roster = Assert.Single(await _chat.Roster.ListAsync("local:local", CancellationToken.None));
        Assert.Equal(stored, roster.Reference);
        Assert.Equal("alice", roster.DisplayName);
    }

    [Fact]
    public async Task UnchangedReference_IsNotMirroredAgain()
    {
        await SendAsync("help", Teams());
        _chat.Time.Advance(TimeSpan.FromMinutes(5));

        await SendAsync("progress", Teams());
        await SendAsync("playbook", Teams());

        Assert.Equal(1, _chat.Store.RosterWrites);
        Assert.Equal(_chat.Time.GetUtcNow() - TimeSpan.FromMinutes(5), (await StoredAsync()).UpdatedAt);
    }

    [Fact]
    public async Task ChangedServiceUrl_UpdatesTheReference_AndTheRoster()
    {
        await SendAsync("help", Teams());
        _chat.Time.Advance(TimeSpan.FromHours(1));

        await SendAsync("progress", Teams(serviceUrl: "https://smba.trafficmanager.net/emea/tenant-1/"));

        var stored = await StoredAsync();
        Assert.Equal("https://smba.trafficmanager.net/emea/tenant-1/", stored.ServiceUrl);
        Assert.Equal(_chat.Time.GetUtcNow(), stored.UpdatedAt);
        Assert.Equal(2, _chat.Store.RosterWrites);
        Assert.Equal(stored, (await _chat.Roster.GetAsync(ChatHarness.User("alice"), CancellationToken.None))!.Reference);
    }

    [Fact]
    public async Task ATurnWithoutTheTimeZone_KeepsTheStoredOne()
    {
        await SendAsync("help", Teams(timeZone: "America/Los_Angeles"));

        await SendAsync("progress", Teams(timeZone: null) with { Locale = null });

        var stored = await StoredAsync();
        Assert.Equal("America/Los_Angeles", stored.TimeZone);
        Assert.Equal("en-GB", stored.Locale);
        Assert.Equal(1, _chat.Store.RosterWrites);
    }

    [Fact]
    public async Task Removed_MarksTheReferenceInactive_SaysNothing_AndAMessageReactivatesIt()
    {
        await SendAsync("help", Teams());

        var removed = await _chat.RunAsync(ChatHarness.Turn("alice") with { Kind = TurnKind.Removed, Reference = Teams() with { InactiveReason = "uninstalled" } });

        Assert.Empty(removed.Replies);
        var inactive = await StoredAsync();
        Assert.False(inactive.Active);
        Assert.Equal("uninstalled", inactive.InactiveReason);
        Assert.False((await _chat.Roster.GetAsync(ChatHarness.User("alice"), CancellationToken.None))!.Reference.Active);
        Assert.Equal("removed", (await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None))[^1].Event);

        await SendAsync("progress", Teams());

        Assert.True((await StoredAsync()).Active);
        Assert.Null((await StoredAsync()).InactiveReason);
        Assert.True((await _chat.Roster.GetAsync(ChatHarness.User("alice"), CancellationToken.None))!.Reference.Active);
    }

    [Fact]
    public async Task Removed_ForAUserNeverSeen_StoresNothing()
    {
        var removed = await _chat.RunAsync(ChatHarness.Turn("ghost") with { Kind = TurnKind.Removed });

        Assert.Empty(removed.Replies);
        Assert.Null(await _chat.Store.LoadAsync(ChatHarness.User("ghost"), CancellationToken.None));
        Assert.Empty(await _chat.Roster.ListAsync("local:local", CancellationToken.None));
    }

    [Fact]
    public async Task Installed_WelcomesANewUser_IsSilentTheSecondTime_AndWelcomesBackAfterRemoval()
    {
        var install = ChatHarness.Turn("alice") with { Kind = TurnKind.Installed, Reference = Teams() };

        var first = await _chat.RunAsync(install);
        var again = await _chat.RunAsync(install);
        await _chat.RunAsync(install with { Kind = TurnKind.Removed });
        var back = await _chat.RunAsync(install);

        Assert.StartsWith("Hi alice", Assert.Single(first.Replies).Title, StringComparison.Ordinal);
        Assert.Empty(again.Replies);
        Assert.StartsWith("Welcome back, alice", Assert.Single(back.Replies).Title, StringComparison.Ordinal);
        Assert.True((await StoredAsync()).Active);
        var transcript = await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Equal(["installed", "installed", "removed", "installed"], transcript.Select(e => e.Event));
    }

    [Fact]
    public void Merge_KeepsTheStoredInstance_WhenNothingChanged()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var stored = ConversationReference.Merge(null, Teams(), now);

        var merged = ConversationReference.Merge(stored, Teams(timeZone: null), now.AddHours(1));

        Assert.Same(stored, merged);
        Assert.Equal(now, merged.UpdatedAt);
    }
}
