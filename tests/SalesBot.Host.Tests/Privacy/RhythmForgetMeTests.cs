using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;
using SalesBot.Host.Scheduling;
using SalesBot.Host.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.Privacy;

/// <summary>
/// "Forget me" reaches the manager's rhythm (real host, SQLite, the chat as the manager and sellers use it): a seller's
/// person document, focus accounts, check-ins, team membership, 1:1 and its follow-ups are erased, the export before
/// contains them, and the dispatcher sends nothing for the erased 1:1. The other seller's rhythm is untouched.
/// </summary>
public sealed class RhythmForgetMeTests
{
    [Fact]
    public async Task ForgetMe_SellerOnAManagersTeam_ErasesTheirRhythmAndTheirOneOnOneSendsNoBrief()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
        await using var host = await RhythmHost.StartAsync(time);
        var tenant = RhythmHost.TenantKey;
        var manager = RhythmHost.Person("manager");
        var alice = RhythmHost.Person("alice");
        var bob = RhythmHost.Person("bob");
        await RhythmSetup.TeamAsync(host, "manager", "Europe/Berlin", ("alice", "Europe/Berlin"), ("bob", "Europe/Berlin"));
        Assert.Contains("1:1 with Alice", Texts(await host.SayAsync("manager", "1:1 add alice tue 10am")), StringComparison.Ordinal);
        Assert.Contains("1:1 with Bob", Texts(await host.SayAsync("manager", "1:1 add bob tue 10am")), StringComparison.Ordinal);
        var aliceOneOnOne = RhythmIds.OneOnOne(manager, alice);
        var bobOneOnOne = RhythmIds.OneOnOne(manager, bob);
        var week = new DateOnly(2026, 3, 2);
        foreach (var id in new[] { aliceOneOnOne, bobOneOnOne })
        {
            var notes = new FollowUpNotes { OneOnOneId = id, Items = [new FollowUpItem { Text = "Send the pricing deck", MeetingDate = week.AddDays(-6), RecordedAt = time.GetUtcNow() }] };
            await host.Rhythm.CommitAsync(tenant, new RhythmChanges { Notes = [new Versioned<FollowUpNotes>(notes, null)] }, CancellationToken.None);
        }

        await host.Rhythm.SaveFocusAsync(tenant, new FocusAccounts { PersonId = alice, WeekOf = week, Accounts = ["Contoso", "Fabrikam"], At = time.GetUtcNow() }, CancellationToken.None);
        await host.Rhythm.SaveFocusAsync(tenant, new FocusAccounts { PersonId = bob, WeekOf = week, Accounts = ["Northwind"], At = time.GetUtcNow() }, CancellationToken.None);
        var teamId = RhythmIds.TeamOf(manager);
        await host.Rhythm.SaveCheckInAsync(tenant, new HabitCheckIn { TeamId = teamId, PersonId = alice, WeekOf = week, Habit = default, Status = default, At = time.GetUtcNow() }, CancellationToken.None);

        // The brief for Tuesday's 1:1 with Alice is due on Monday 10:00 Berlin (the clock stays before it: Quartz fires nothing).
        var due = await host.Due.ListAsync(tenant, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);
        var aliceBrief = Assert.Single(due, e => e.Kind == OccurrenceKind.Brief && e.Subject == OccurrenceKey.Escape(aliceOneOnOne));

        var exported = await ExportAsync(host, "alice");
        Assert.Contains($"person|{alice}", exported);
        Assert.Contains($"focus|{alice}|2026-03-02", exported);
        Assert.Contains($"1on1|{aliceOneOnOne}", exported);
        Assert.Contains($"notes|{aliceOneOnOne}", exported);
        Assert.Contains($"team|{teamId}", exported);
        Assert.Contains(exported, id => id.StartsWith("checkin|", StringComparison.Ordinal));
        Assert.DoesNotContain($"1on1|{bobOneOnOne}", exported);
        Assert.DoesNotContain($"focus|{bob}|2026-03-02", exported);

        var asked = await host.SayAsync("alice", "forget me");
        var confirm = asked.Replies.SelectMany(r => r.Actions).Single(a => a.Id == DrillMessages.ActionForgetConfirm);
        await host.PressAsync("alice", confirm);

        Assert.Null(await host.Rhythm.GetPersonAsync(tenant, alice, CancellationToken.None));
        Assert.Null(await host.Rhythm.GetFocusAsync(tenant, alice, week, CancellationToken.None));
        Assert.Empty(await host.Rhythm.ListCheckInsAsync(tenant, teamId, CancellationToken.None));
        Assert.Null(await host.Rhythm.GetOneOnOneAsync(tenant, aliceOneOnOne, CancellationToken.None));
        Assert.Null(await host.Rhythm.GetNotesAsync(tenant, aliceOneOnOne, CancellationToken.None));
        var team = (await host.Rhythm.GetTeamAsync(tenant, teamId, CancellationToken.None))!.Value;
        Assert.Null(team.Member(alice));
        Assert.NotNull(team.Member(bob));
        var managerPerson = (await host.Rhythm.GetPersonAsync(tenant, manager, CancellationToken.None))!.Value;
        Assert.Equal([bobOneOnOne], managerPerson.OneOnOnes);
        Assert.NotNull(await host.Rhythm.GetOneOnOneAsync(tenant, bobOneOnOne, CancellationToken.None));
        Assert.NotNull(await host.Rhythm.GetNotesAsync(tenant, bobOneOnOne, CancellationToken.None));
        Assert.NotNull(await host.Rhythm.GetFocusAsync(tenant, bob, week, CancellationToken.None));
        Assert.Empty(await ExportAsync(host, "alice"));

        var sentBefore = host.Sends.Count;
        Assert.Equal(DispatchOutcome.Cancelled, await host.Dispatcher.DispatchAsync(aliceBrief, CancellationToken.None));
        Assert.Equal(sentBefore, host.Sends.Count);
    }

    private static string Texts(TurnResult result) =>
        string.Join("\n", result.Replies.Select(PlainText.Render));

    /// <summary>The ids of the rhythm documents in the user's export (rhythm partition and delivery ledger only).</summary>
    private static async Task<List<string>> ExportAsync(RhythmHost host, string user)
    {
        using var output = new MemoryStream();
        await host.Services.GetRequiredService<UserDataService>().ExportAsync(RhythmHost.User(user), output, CancellationToken.None);
        var exported = JsonNode.Parse(output.ToArray())!["documents"]!.AsArray();
        return exported.OfType<JsonObject>()
            .Where(d => ((string)d["partitionKey"]!).StartsWith("rhythm|", StringComparison.Ordinal) || ((string)d["partitionKey"]!).StartsWith("ledger|", StringComparison.Ordinal))
            .Select(d => (string)d["id"]!)
            .ToList();
    }
}
