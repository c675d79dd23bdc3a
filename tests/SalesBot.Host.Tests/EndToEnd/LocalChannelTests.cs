using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>The local channel end to end: HTTP on Kestrel, the real pipeline, a real SQLite file.</summary>
public sealed class LocalChannelTests : LocalChatTest
{
    [Fact]
    public void Server_ListensOnLoopbackOnly()
    {
        // What the running server actually bound, not what this test asked for.
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Assert.NotEmpty(addresses);
        Assert.All(addresses, address => Assert.True(IsLoopback(address), $"{address} is not a loopback address"));
    }

    [Fact]
    public void ShippedConfiguration_ListensOnLoopbackOnly()
    {
        // A fresh clone run with `dotnet run` must not expose the unauthenticated local channel to the network.
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(SourceRoot(), "src", "SalesBot.Host", "appsettings.json"))
            .Build();
        var urls = settings["Urls"]!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(IsLoopback(url), $"{url} is not a loopback address"));
        Assert.False(IsLoopback("http://0.0.0.0:5080"));
        Assert.False(IsLoopback("http://*:5080"));
    }

    private static bool IsLoopback(string url)
    {
        var host = new Uri(url.Replace("*", "wildcard", StringComparison.Ordinal).Replace("+", "wildcard", StringComparison.Ordinal)).Host.Trim('[', ']');
        return host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SalesBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SalesBot.sln not found above the test output.");
    }

    [Fact]
    public async Task Help_ListsWhatTheBotCanDo_AndEveryReplyHasPlainText()
    {
        var replies = await Client.SendAsync("alice", "help", "Alice");

        Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace((string?)r["text"])));
        var text = LocalClient.Texts(replies);
        Assert.Contains("practice", text, StringComparison.Ordinal);
        Assert.Contains("roleplay", text, StringComparison.Ordinal);
        Assert.NotEmpty(replies[^1]["actions"]!.AsArray());
    }

    [Fact]
    public async Task PracticePrice_AnswerGetsAScoredReply()
    {
        var started = await Client.SendAsync("alice", "practice price");
        Assert.Equal("buyer", (string?)started[^1]["kind"]);

        var scored = await Client.SendAsync("alice", "We're the best, just buy it.");

        var card = (string)scored[0]["text"]!;
        Assert.Matches(@"Score: \d{1,3}/100", card);
        Assert.Contains("Fix: ", card, StringComparison.Ordinal);
        Assert.Contains("A better line:", card, StringComparison.Ordinal);
        Assert.Equal("buyer", (string?)scored[1]["kind"]);

        // The full breakdown is one button away, read back from the stored turn.
        var details = await Client.PressAsync("alice", LocalClient.Action(scored, "details"));

        var full = LocalClient.Texts(details);
        Assert.Contains("What was missing", full, StringComparison.Ordinal);
        Assert.Contains("Rubric: 2026.12-r2", full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ReturnsTheRecentTurns_OldestFirst_WithTheirReplies()
    {
        await Client.SendAsync("alice", "practice price");
        await Client.SendAsync("alice", "We're the best, just buy it.");
        await Client.SendAsync("bob", "progress");

        var history = await Client.Http.GetFromJsonAsync<JsonObject>("/api/local/history?userId=alice&turns=1");
        var all = await Client.Http.GetFromJsonAsync<JsonObject>("/api/local/history?userId=alice");

        var last = Assert.Single(history!["turns"]!.AsArray());
        Assert.Equal("We're the best, just buy it.", (string?)last!["text"]);
        var turns = all!["turns"]!.AsArray().Select(t => (string?)t!["text"]).ToList();
        Assert.Equal(["practice price", "We're the best, just buy it."], turns);
        Assert.Contains(all["turns"]![0]!["replies"]!.AsArray(), r => ((string)r!).Contains("Price / value drill", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/local/history")]
    [InlineData("/api/local/history?userId=a%20b")]
    [InlineData("/api/local/history?userId=alice&turns=0")]
    [InlineData("/api/local/history?userId=alice&turns=101")]
    public async Task History_WithBadInput_Is400_WithAReason(string url)
    {
        using var response = await Client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrEmpty((string?)body!["detail"]));
    }

    [Fact]
    public async Task StrongAnswer_CanBeNominatedWithAButton()
    {
        await Client.SendAsync("alice", "practice price");
        var scored = await Client.SendAsync("alice", StrongPriceAnswer);

        var nominate = LocalClient.Action(scored, "nominate");
        var replies = await Client.PressAsync("alice", nominate);

        Assert.Contains("Nominated", LocalClient.Texts(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaybookFlow_ManagerApproves_TeammateReadsIt()
    {
        await Client.SendAsync("alice", "practice price");
        var scored = await Client.SendAsync("alice", StrongPriceAnswer);
        await Client.PressAsync("alice", LocalClient.Action(scored, "nominate"));

        var review = await Client.SendAsync("manager", "review");
        await Client.PressAsync("manager", LocalClient.Action(review, "approve"));
        var playbook = await Client.SendAsync("bob", "playbook pricing");

        Assert.Contains(StrongPriceAnswer, LocalClient.Texts(playbook), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonPress_IsHandledLikeTheCommand()
    {
        var replies = await Client.PressAsync("alice", new JsonObject { ["id"] = "practice", ["data"] = new JsonObject { ["category"] = "timing" } });

        Assert.Contains("Timing", LocalClient.Texts(replies), StringComparison.Ordinal);
        Assert.Equal("buyer", (string?)replies[^1]["kind"]);
    }

    [Fact]
    public async Task UnknownCommand_GetsAHelpfulReply_NotAnError()
    {
        var replies = await Client.SendAsync("alice", "make me a sandwich");

        var text = LocalClient.Texts(replies);
        Assert.Contains("didn't understand", text, StringComparison.Ordinal);
        Assert.Contains("practice price", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"userId\": \"alice\", \"text\": ", "Malformed JSON")]
    [InlineData("not json at all", "Malformed JSON")]
    [InlineData("", "Malformed JSON")]
    [InlineData("[1,2,3]", "Malformed JSON")]
    [InlineData("{\"userId\": 42, \"text\": \"hi\"}", "Malformed JSON")]
    [InlineData("{\"text\": \"hi\"}", "userId is required")]
    [InlineData("{\"userId\": \"  \", \"text\": \"hi\"}", "userId is required")]
    [InlineData("{\"userId\": \"a b/c\", \"text\": \"hi\"}", "userId may contain only")]
    [InlineData("{\"userId\": \"alice\"}", "either text or action")]
    [InlineData("{\"userId\": \"alice\", \"text\": \"hi\", \"action\": {\"id\": \"help\"}}", "not both")]
    [InlineData("{\"userId\": \"alice\", \"action\": {\"data\": {}}}", "action.id is required")]
    [InlineData("{\"userId\": \"alice\", \"action\": {\"id\": \"x\", \"data\": {\"k\": [1]}}}", "action.data.k")]
    [InlineData("null", "must be a JSON object")]
    public async Task BadInput_Is400WithAReason(string body, string reason)
    {
        var (status, problem) = await Client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, (string?)problem?["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooLongText_Is400()
    {
        var (status, problem) = await Client.PostRawAsync($"{{\"userId\":\"alice\",\"text\":\"{new string('a', 4001)}\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("4000", (string?)problem?["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_LosesNothing_AndWritesNothing()
    {
        await Client.SendAsync("alice", "practice price");
        await Client.PostRawAsync("{\"userId\": \"alice\", \"text\": ");

        var store = Factory.Services.GetRequiredService<IConversationStore>();
        var transcript = await store.GetTranscriptAsync(new UserKey("local", "local", "alice"), CancellationToken.None);

        Assert.Single(transcript);
        Assert.NotNull((await store.LoadAsync(new UserKey("local", "local", "alice"), CancellationToken.None))!.State.Session);
    }

    [Fact]
    public async Task Health_LivenessAndReadiness()
    {
        using var live = await Client.Http.GetAsync("/healthz");
        using var ready = await Client.Http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChatPage_IsServedAtTheRoot()
    {
        using var response = await Client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("SalesBot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentMessages_FromOneUser_AreAllProcessedInOrderWithoutLoss()
    {
        var sends = Enumerable.Range(0, 12).Select(i => Client.SendAsync("carol", i % 2 == 0 ? "progress" : "help"));

        await Task.WhenAll(sends);

        var store = Factory.Services.GetRequiredService<IConversationStore>();
        var transcript = await store.GetTranscriptAsync(new UserKey("local", "local", "carol"), CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), transcript.Select(e => e.Sequence));
    }
}
