using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>The local channel's inbox of bot-initiated messages, over HTTP on Kestrel with a real SQLite file.</summary>
public sealed class LocalInboxTests : LocalChatTest
{
    private IProactiveSender Proactive => Factory.Services.GetRequiredService<IProactiveSender>();

    private static ProactiveRequest Note(string user, string text) => new()
    {
        User = new UserKey("local", "local", user),
        Reason = "test",
        Messages = [OutboundMessage.Plain(text)],
    };

    private async Task<JsonObject> InboxAsync(string user, string? after = null)
    {
        var url = $"/api/local/inbox?userId={user}" + (after is null ? "" : $"&after={after}");
        return (await Client.Http.GetFromJsonAsync<JsonObject>(url))!;
    }

    [Fact]
    public async Task ProactiveMessage_ToALocalUser_WaitsInTheirInbox()
    {
        await Client.SendAsync("alice", "hi");
        Assert.Empty((await InboxAsync("alice"))["items"]!.AsArray());

        var sent = await Proactive.SendAsync(Note("alice", "Price is due again. Ten minutes now?"), CancellationToken.None);

        Assert.Equal(ProactiveStatus.Delivered, sent.Status);
        var inbox = await InboxAsync("alice");
        var item = Assert.Single(inbox["items"]!.AsArray())!;
        Assert.Equal(sent.MessageIds.Single(), (string?)item["id"]);
        Assert.Equal("Price is due again. Ten minutes now?", (string?)item["reply"]!["text"]);
        Assert.Equal((string?)item["id"], (string?)inbox["cursor"]);
        Assert.Empty((await InboxAsync("alice", (string?)inbox["cursor"]))["items"]!.AsArray());
        Assert.Empty((await InboxAsync("bob"))["items"]!.AsArray());
    }

    [Fact]
    public async Task ProactiveMessage_ToALocalUserWhoNeverWrote_IsNotSent()
    {
        var sent = await Proactive.SendAsync(Note("nobody", "hello?"), CancellationToken.None);

        Assert.Equal(ProactiveStatus.NoReference, sent.Status);
        Assert.Empty((await InboxAsync("nobody"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Stream_PushesAProactiveMessage_AsAServerSentEvent()
    {
        await Client.SendAsync("alice", "hi");
        using var stream = await Client.Http.GetStreamAsync("/api/local/inbox/stream?userId=alice");
        using var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        await Proactive.SendAsync(Note("alice", "A new role-play from your manager."), CancellationToken.None);

        string? line;
        string? id = null;
        while ((line = await reader.ReadLineAsync()) is not null && !line.StartsWith("data: ", StringComparison.Ordinal))
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
        }

        var item = JsonNode.Parse(line![6..])!;
        Assert.Equal(id, (string?)item["id"]);
        Assert.Equal("A new role-play from your manager.", (string?)item["reply"]!["text"]);
    }

    [Fact]
    public async Task Nomination_ReachesTheManagersInbox_ApprovalUpdatesTheCard_AndTheSellerHears()
    {
        await Client.SendAsync("manager", "hi", "Mia");
        await Client.SendAsync("alice", "practice price", "Alice");
        var scored = await Client.SendAsync("alice", StrongPriceAnswer);
        var nominated = await Client.PressForUpdateAsync("alice", WithSource(LocalClient.Action(scored, "nominate"), (string)scored[0]["id"]!));
        Assert.Contains("Nominated", LocalClient.Texts(nominated.Replies), StringComparison.Ordinal);
        var managers = await Factory.Services.GetRequiredService<IConversationReferenceStore>().ListAsync("local:local", CancellationToken.None);
        Assert.Contains(managers, m => m.User.UserId == "manager" && m.Reference.Active);
        var retired = Assert.IsType<JsonObject>(nominated.Update);
        Assert.Equal("retire", (string?)retired["kind"]);
        Assert.Equal((string?)scored[0]["id"], (string?)retired["messageId"]);

        // The follow-up runs after the seller's turn: wait for it through the inbox endpoint's own answer.
        var card = await WaitForInboxAsync("manager", 1);
        Assert.Equal("New playbook nomination", (string?)card[0]!["reply"]!["title"]);
        var approve = card[0]!["reply"]!["actions"]!.AsArray().Single(a => (string?)a!["id"] == "approve")!.AsObject();
        Assert.Equal("positive", (string?)approve["style"]);

        var decided = await Client.PressForUpdateAsync("manager", WithSource(approve, (string)card[0]!["id"]!));

        var replaced = Assert.IsType<JsonObject>(decided.Update);
        Assert.Equal("replace", (string?)replaced["kind"]);
        Assert.Equal((string?)card[0]!["id"], (string?)replaced["messageId"]);
        Assert.Equal("\u2713 Approved by Mia", (string?)replaced["reply"]!["title"]);
        Assert.Empty(replaced["reply"]!["actions"]!.AsArray());
        var told = await WaitForInboxAsync("alice", 1);
        Assert.Contains("Mia approved your", (string?)told[0]!["reply"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriedPost_WithTheSameMessageId_IsProcessedOnce()
    {
        var body = new { userId = "alice", text = "practice price", messageId = "web-1" };

        using var first = await Client.Http.PostAsJsonAsync("/api/local/messages", body);
        using var retry = await Client.Http.PostAsJsonAsync("/api/local/messages", body);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var duplicate = (await retry.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((bool?)duplicate["duplicate"]);
        Assert.Empty(duplicate["replies"]!.AsArray());
        var store = Factory.Services.GetRequiredService<IConversationStore>();
        Assert.Single(await store.GetTranscriptAsync(new UserKey("local", "local", "alice"), CancellationToken.None));
    }

    [Fact]
    public async Task TimeZone_FromThePage_IsStoredWithTheReference()
    {
        using var response = await Client.Http.PostAsJsonAsync("/api/local/messages", new { userId = "alice", text = "hi", timeZone = "Europe/Berlin", locale = "de-DE" });
        await Client.Http.PostAsJsonAsync("/api/local/messages", new { userId = "alice", text = "help", timeZone = "Not/AZone" });

        var store = Factory.Services.GetRequiredService<IConversationStore>();
        var reference = (await store.LoadAsync(new UserKey("local", "local", "alice"), CancellationToken.None))!.State.Reference!;
        Assert.Equal("Europe/Berlin", reference.TimeZone);
        Assert.Equal("de-DE", reference.Locale);
        Assert.Equal("alice", reference.ChannelUserId);
    }

    [Theory]
    [InlineData("/api/local/inbox")]
    [InlineData("/api/local/inbox?userId=a%20b")]
    [InlineData("/api/local/inbox/stream?userId=")]
    public async Task Inbox_WithoutAValidUser_Is400(string url)
    {
        using var response = await Client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static JsonObject WithSource(JsonObject action, string sourceMessageId)
    {
        var copy = action.DeepClone().AsObject();
        copy["sourceMessageId"] = sourceMessageId;
        return copy;
    }

    /// <summary>Reads the inbox until it has <paramref name="count"/> items, waiting on the stream's push rather than sleeping.</summary>
    private async Task<JsonArray> WaitForInboxAsync(string user, int count)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var stream = await Client.Http.GetStreamAsync($"/api/local/inbox/stream?userId={user}", cancel.Token);
        using var reader = new StreamReader(stream);
        var items = new JsonArray();
        while (items.Count < count && await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                items.Add(JsonNode.Parse(line[6..]));
            }
        }

        return items;
    }
}
