using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Scheduling;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>
/// The manager's rhythm in the local chat over HTTP (the real host on Kestrel): invitation and acceptance through the
/// inbox, 1:1 and nudge setup by text, the brief delivered to the manager's inbox with its button and the follow-up form.
/// Quartz is off here (<c>Scheduling:Enabled=false</c>); the test plays the fire by handing the due entry to the dispatcher.
/// </summary>
public sealed class LocalChatRhythmTests
{
    [Fact]
    public async Task LocalChat_TeamOneOnOneAndNudges_BriefArrivesInTheManagersInbox()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
        await using var factory = new SalesBotFactory(time: time, settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "false" });
        var client = new LocalClient(factory.CreateClient());

        await client.SendAsync("manager", "timezone Europe/Berlin", "Mia");
        await client.SendAsync("alice", "hi", "Alice");
        var added = await client.SendAsync("manager", "team add alice");
        Assert.Contains("Invited Alice", LocalClient.Texts(added), StringComparison.Ordinal);
        await client.SendAsync("alice", "settings"); // queued behind the invitation in Alice's line: it has arrived once this returns
        var invitation = (await InboxAsync(client, "alice")).Last();
        Assert.Contains("Mia wants to add you to their team", (string)invitation["text"]!, StringComparison.Ordinal);
        var accepted = await client.PressAsync("alice", Action(invitation, "rhythm-accept"));
        Assert.Contains("You're on Mia's team", LocalClient.Texts(accepted), StringComparison.Ordinal);
        await client.SendAsync("manager", "settings");
        Assert.Contains("Alice accepted", (string)(await InboxAsync(client, "manager")).Last()["text"]!, StringComparison.Ordinal);

        Assert.Contains("1:1 with Alice: Tuesdays 10:00 (Europe/Berlin), weekly; brief the day before", LocalClient.Texts(await client.SendAsync("manager", "1:1 add alice tue 10am")), StringComparison.Ordinal);
        Assert.Contains("Weekly habit nudge set: Tuesdays 09:00", LocalClient.Texts(await client.SendAsync("manager", "nudges tuesday 9:00")), StringComparison.Ordinal);
        var team = LocalClient.Texts(await client.SendAsync("manager", "team"));
        Assert.Contains("Alice: accepted; zone unknown; no check-ins yet", team, StringComparison.Ordinal);
        var listed = await client.SendAsync("manager", "1:1");
        var form = listed[^1];
        Assert.Contains(form["inputs"]!.AsArray(), i => (string)i!["id"]! == "seller" && (string)i["kind"]! == "people");

        // Monday 10:00 Berlin: the brief for Tuesday's 1:1 is due.
        time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var due = factory.Services.GetRequiredService<DueIndex>();
        var dispatcher = factory.Services.GetRequiredService<OccurrenceDispatcher>();
        var entries = await due.ListAsync("local:local", time.GetUtcNow(), CancellationToken.None);
        var brief = Assert.Single(entries, e => e.Kind == SalesBot.Core.Scheduling.OccurrenceKind.Brief);
        Assert.Equal(DispatchOutcome.Sent, await dispatcher.DispatchAsync(brief, CancellationToken.None));
        Assert.Equal(DispatchOutcome.AlreadyDone, await dispatcher.DispatchAsync(brief, CancellationToken.None));

        var inbox = await InboxAsync(client, "manager");
        var delivered = Assert.Single(inbox, i => ((string?)i["title"])?.StartsWith("Brief: your 1:1 with Alice", StringComparison.Ordinal) == true);
        Assert.Contains("Focus accounts this week", (string)delivered["text"]!, StringComparison.Ordinal);
    }

    private static async Task<List<JsonObject>> InboxAsync(LocalClient client, string user)
    {
        var inbox = await client.Http.GetFromJsonAsync<JsonObject>($"/api/local/inbox?userId={user}");
        return inbox!["items"]!.AsArray().Select(i => i!["reply"]).OfType<JsonObject>().ToList();
    }

    private static JsonObject Action(JsonObject reply, string id) =>
        reply["actions"]!.AsArray().OfType<JsonObject>().First(a => (string)a["id"]! == id).DeepClone().AsObject();
}
