using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Storage;
using SalesBot.Host.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Privacy;

/// <summary>
/// "Forget me" over the local chat and the admin export/delete of one user, end to end on the real host, on each store:
/// what the seller sees, what is left in the store, and that nobody else's data moves.
/// </summary>
public abstract class PrivacyContract
{
    protected const string AdminKey = "test-admin-key-0123456789-abcdefghijklmnop";

    private const string StrongPriceAnswer = LocalChatTest.StrongPriceAnswer;

    private static readonly UserKey Alice = new("local", "local", "alice");
    private static readonly UserKey Bob = new("local", "local", "bob");

    /// <summary>Host settings that put the bot on the store under test.</summary>
    protected abstract Dictionary<string, string?> StoreSettings();

    [Fact]
    public async Task ForgetMe_AsksWithADestructiveButton_ThenErasesTheSeller_AndKeepsTheirApprovedAnswerAnonymous()
    {
        await using var factory = new SalesBotFactory(settings: StoreSettings());
        var client = new LocalClient(factory.CreateClient());
        await client.SendAsync("bob", "hi", "Bob");
        await client.SendAsync("alice", "practice price", "Alice");
        var scored = await client.SendAsync("alice", StrongPriceAnswer);
        await client.PressAsync("alice", LocalClient.Action(scored, "nominate"));
        var nomination = (await factory.Services.GetRequiredService<IPlaybookStore>().ListAsync(Alice.TenantKey, CancellationToken.None)).Single();
        await client.SendAsync("manager", "hi", "Mia");
        await client.PressAsync("manager", new JsonObject { ["id"] = "approve", ["data"] = new JsonObject { ["entry"] = nomination.Id } });

        var asked = await client.SendAsync("alice", "forget me");
        var confirm = LocalClient.Action(asked, "forget-confirm");
        Assert.Equal("destructive", (string?)confirm["style"]);
        Assert.NotNull(await Conversations(factory).LoadAsync(Alice, CancellationToken.None));

        var done = await client.PressAsync("alice", confirm);

        Assert.Contains("deleted", LocalClient.Texts(done), StringComparison.Ordinal);
        var documents = factory.Services.GetRequiredService<IDocumentStore>();
        Assert.Empty(await documents.QueryPartitionAsync(DocumentConversationStore.PartitionFor(Alice), CancellationToken.None));
        Assert.Null(await factory.Services.GetRequiredService<IConversationReferenceStore>().GetAsync(Alice, CancellationToken.None));
        var kept = (await factory.Services.GetRequiredService<IPlaybookStore>().ListAsync(Alice.TenantKey, CancellationToken.None)).Single();
        Assert.Equal((PlaybookStatus.Approved, DocumentPlaybookStore.ErasedUserId, (string?)null), (kept.Status, kept.Seller.UserId, kept.SellerName));
        Assert.NotNull(await Conversations(factory).LoadAsync(Bob, CancellationToken.None));

        // Writing again starts fresh: a welcome for a new user.
        var again = await client.SendAsync("alice", "hi", "Alice");
        Assert.Contains("I play tough buyers", LocalClient.Texts(again), StringComparison.Ordinal);
        Assert.Equal(1, (await Conversations(factory).LoadAsync(Alice, CancellationToken.None))!.State.Turns);
    }

    [Fact]
    public async Task ForgetMe_CancelledOrPressedTooLate_DeletesNothing()
    {
        await using var factory = new SalesBotFactory(settings: StoreSettings());
        var client = new LocalClient(factory.CreateClient());
        var asked = await client.SendAsync("alice", "forget me");

        var cancelled = await client.PressAsync("alice", LocalClient.Action(asked, "forget-cancel"));
        Assert.Contains("Nothing was deleted", LocalClient.Texts(cancelled), StringComparison.Ordinal);

        var stale = LocalClient.Action(asked, "forget-confirm");
        stale["data"]!["at"] = "1000";
        var late = await client.PressAsync("alice", stale);
        Assert.Contains("expired", LocalClient.Texts(late), StringComparison.Ordinal);
        Assert.Equal(3, (await Conversations(factory).LoadAsync(Alice, CancellationToken.None))!.State.Turns);
    }

    [Fact]
    public async Task AdminEndpoints_AreOffWithoutAKey_AndRefuseAWrongKey()
    {
        await using (var off = new SalesBotFactory(settings: StoreSettings()))
        {
            using var export = await off.CreateClient().GetAsync("/admin/users/local/local/alice/export");
            Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        }

        var settings = StoreSettings();
        settings["Admin:Key"] = AdminKey;
        await using var on = new SalesBotFactory(settings: settings);
        var http = on.CreateClient();
        await new LocalClient(http).SendAsync("alice", "hi");

        using var missing = await http.DeleteAsync("/admin/users/local/local/alice");
        using var wrong = await Send(http, HttpMethod.Delete, "/admin/users/local/local/alice", AdminKey + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.NotNull(await Conversations(on).LoadAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task AdminExportAndDelete_OfOneUser_WithTheKey()
    {
        var settings = StoreSettings();
        settings["Admin:Key"] = AdminKey;
        await using var factory = new SalesBotFactory(settings: settings);
        var http = factory.CreateClient();
        var client = new LocalClient(http);
        await client.SendAsync("alice", "practice price", "Alice");
        await client.SendAsync("alice", StrongPriceAnswer);
        await client.SendAsync("bob", "progress", "Bob");

        using var export = await Send(http, HttpMethod.Get, "/admin/users/local/local/alice/export", AdminKey);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Contains(documents, d => d.GetProperty("type").GetString() == "user-state");
        Assert.Contains(documents, d => d.GetProperty("type").GetString() == "roster-entry");
        Assert.Equal(2, documents.Count(d => d.GetProperty("type").GetString() == "transcript"));
        Assert.DoesNotContain(documents, d => d.GetProperty("partitionKey").GetString()!.Contains("bob", StringComparison.Ordinal));

        using var deleted = await Send(http, HttpMethod.Delete, "/admin/users/local/local/alice", AdminKey);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var report = JsonDocument.Parse(await deleted.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(documents.Count, report.GetProperty("deleted").GetInt32());
        Assert.Null(await Conversations(factory).LoadAsync(Alice, CancellationToken.None));
        Assert.NotNull(await Conversations(factory).LoadAsync(Bob, CancellationToken.None));

        using var empty = await Send(http, HttpMethod.Get, "/admin/users/local/local/alice/export", AdminKey);
        Assert.Empty(JsonDocument.Parse(await empty.Content.ReadAsStringAsync()).RootElement.GetProperty("documents").EnumerateArray());
    }

    private static IConversationStore Conversations(SalesBotFactory factory) => factory.Services.GetRequiredService<IConversationStore>();

    private static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string key)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http.SendAsync(request);
    }
}
