using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Channels.Slack;
using SalesBot.Host.Storage;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;

namespace SalesBot.Host.Tests.Storage;

/// <summary>
/// Slack installations and used OAuth states on the document store, the same facts on SQLite and Cosmos DB. "Another
/// instance" is a second store object over the same database or container.
/// </summary>
public abstract class SlackDocumentStoresContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    private protected abstract IDocumentStore Store { get; }

    /// <summary>A second store over the same data, as another host instance would have.</summary>
    private protected abstract IDocumentStore OtherInstance { get; }

    protected abstract Task PassTimeAsync(TimeSpan time);

    private SlackInstallation Installation(string team, string? enterprise = null, bool orgWide = false, string token = "xoxb-installed-1") => new()
    {
        TeamId = team,
        TeamName = "Acme " + team,
        EnterpriseId = enterprise,
        IsEnterpriseInstall = orgWide,
        BotToken = token,
        BotUserId = "U0BOT-" + team,
        BotId = "B0BOT",
        AppId = "A0001",
        Scopes = ["chat:write", "im:history"],
        InstallerUserId = "U0ADMIN",
        InstalledAt = Time.GetUtcNow(),
    };

    [Fact]
    public async Task Installation_SavedOnOneInstance_IsFoundOnAnother_AndDeleted()
    {
        await new DocumentSlackInstallationStore(Store).SaveAsync(Installation("T1"), CancellationToken.None);
        var other = new DocumentSlackInstallationStore(OtherInstance);

        var found = await other.FindAsync(new SlackTeamRef("T1"), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(("T1", "Acme T1", "xoxb-installed-1", "U0BOT-T1", "U0ADMIN", Time.GetUtcNow()), (found.TeamId, found.TeamName, found.BotToken, found.BotUserId, found.InstallerUserId, found.InstalledAt));
        Assert.Equal(["chat:write", "im:history"], found.Scopes);
        Assert.Null(await other.FindAsync(new SlackTeamRef("T2"), CancellationToken.None));
        Assert.True(await other.DeleteAsync(new SlackTeamRef("T1"), CancellationToken.None));
        Assert.Null(await new DocumentSlackInstallationStore(Store).FindAsync(new SlackTeamRef("T1"), CancellationToken.None));
        Assert.False(await other.DeleteAsync(new SlackTeamRef("T1"), CancellationToken.None));
    }

    [Fact]
    public async Task Reinstall_ReplacesTheToken()
    {
        var store = new DocumentSlackInstallationStore(Store);
        await store.SaveAsync(Installation("T1"), CancellationToken.None);
        await store.SaveAsync(Installation("T1", token: "xoxb-installed-2"), CancellationToken.None);

        Assert.Equal("xoxb-installed-2", (await store.FindAsync(new SlackTeamRef("T1"), CancellationToken.None))!.BotToken);
    }

    [Fact]
    public async Task OrgWideInstall_ServesEveryWorkspaceOfTheEnterprise()
    {
        var store = new DocumentSlackInstallationStore(Store);
        await store.SaveAsync(Installation("T1", enterprise: "E1", orgWide: true, token: "xoxb-org"), CancellationToken.None);

        Assert.Equal("xoxb-org", (await store.FindAsync(new SlackTeamRef("T9", "E1"), CancellationToken.None))!.BotToken);
        Assert.Null(await store.FindAsync(new SlackTeamRef("T9", "E2"), CancellationToken.None));
        Assert.True(await store.DeleteAsync(new SlackTeamRef("T1", "E1", IsEnterpriseInstall: true), CancellationToken.None));
        Assert.Null(await store.FindAsync(new SlackTeamRef("T9", "E1"), CancellationToken.None));
    }

    [Fact]
    public async Task OAuthState_IsUsedOnce_AcrossInstances()
    {
        var expires = Time.GetUtcNow().AddMinutes(10);
        var first = new DocumentSlackOAuthStateStore(Store, Time);
        var second = new DocumentSlackOAuthStateStore(OtherInstance, Time);

        Assert.True(await first.TryUseAsync("nonce-1", expires, CancellationToken.None));
        Assert.False(await second.TryUseAsync("nonce-1", expires, CancellationToken.None));
        Assert.False(await first.TryUseAsync("nonce-1", expires, CancellationToken.None));
        Assert.True(await second.TryUseAsync("nonce-2", expires, CancellationToken.None));
    }

    [Fact]
    public async Task OAuthState_Racing_OnlyOneWins()
    {
        var expires = Time.GetUtcNow().AddMinutes(10);
        var first = new DocumentSlackOAuthStateStore(Store, Time);
        var second = new DocumentSlackOAuthStateStore(OtherInstance, Time);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).TryUseAsync("nonce-race", expires, CancellationToken.None)));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task OAuthState_ExpiresFromTheStore()
    {
        var store = new DocumentSlackOAuthStateStore(Store, Time);
        await store.TryUseAsync("nonce-old", Time.GetUtcNow().AddMinutes(10), CancellationToken.None);
        Assert.NotNull(await Store.ReadAsync(DocumentSlackOAuthStateStore.Partition, "state-nonce-old", CancellationToken.None));

        await PassTimeAsync(TimeSpan.FromMinutes(16));

        Assert.Null(await Store.ReadAsync(DocumentSlackOAuthStateStore.Partition, "state-nonce-old", CancellationToken.None));
    }
}
