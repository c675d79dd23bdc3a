using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;
using SalesBot.Host.Storage;

namespace SalesBot.Host.Tests.Storage;

/// <summary>
/// The data model on each store (SQLite, Cosmos DB through the real SDK): a turn is one batch and a load one point read,
/// nothing of a refused commit is written, the roster mirror is repaired after a lost write, per-tenant retention, the
/// approved playbook read without touching other entries, tenant isolation, and "forget me" / export of one user.
/// Time to live is proved the store's own way (<see cref="PassTimeAsync"/>).
/// </summary>
public abstract class UserDataContract
{
    protected static readonly UserKey Alice = new("teams", "t1", "alice");
    protected static readonly UserKey Bob = new("teams", "t1", "bob");
    protected static readonly UserKey AliceElsewhere = new("teams", "t2", "alice");

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The store under test, metered.</summary>
    private protected MeteredDocumentStore Documents { get; private set; } = null!;

    private protected abstract IDocumentStore CreateStore();

    /// <summary>Lets time pass for the store's expiry clock.</summary>
    protected abstract Task PassTimeAsync(TimeSpan time);

    protected void Open() => Documents = new MeteredDocumentStore(CreateStore());

    /// <summary>The turn-state cache the conversation and user-data services of a test share (as in the host).</summary>
    private protected TurnStateCache TurnStates { get; } = new(enabled: true);

    private protected DocumentConversationStore Conversations(IConversationReferenceStore? roster = null, int retentionDays = 365, params TenantRetention[] tenants)
    {
        var options = new StorageOptions { TranscriptRetentionDays = retentionDays };
        foreach (var tenant in tenants)
        {
            options.TenantRetention.Add(tenant);
        }

        return new DocumentConversationStore(Documents, roster ?? new DocumentRosterStore(Documents), new TranscriptRetention(Options.Create(options)), TurnStates, NullLogger<DocumentConversationStore>.Instance);
    }

    private protected DocumentPlaybookStore Playbook(int cacheSeconds = 60) =>
        new(Documents, new ApprovedPlaybookCache(Options.Create(new StorageOptions { PlaybookCacheSeconds = cacheSeconds }), Time));

    private protected UserDataService UserData() =>
        new(Documents, Playbook(), [new RhythmUserData(Documents)], TurnStates, Time, NullLogger<UserDataService>.Instance);

    [Fact]
    public async Task Erase_SellerWithRhythm_DeletesTheirRhythmDocs_AndTakesThemOffTheManagersTeam()
    {
        var (rhythm, manager, teamId) = await SeedRhythmAsync();
        var alice = RhythmIds.Person(Alice);
        var bob = RhythmIds.Person(Bob);
        var tenant = Alice.TenantKey;

        await UserData().EraseAsync(Alice, CancellationToken.None);

        Assert.Null(await rhythm.GetPersonAsync(tenant, alice, CancellationToken.None));
        Assert.Null(await rhythm.GetFocusAsync(tenant, alice, Week, CancellationToken.None));
        Assert.DoesNotContain(await rhythm.ListCheckInsAsync(tenant, teamId, CancellationToken.None), c => c.PersonId == alice);
        Assert.Null(await rhythm.GetOneOnOneAsync(tenant, RhythmIds.OneOnOne(manager, alice), CancellationToken.None));
        Assert.Null(await rhythm.GetNotesAsync(tenant, RhythmIds.OneOnOne(manager, alice), CancellationToken.None));
        var team = (await rhythm.GetTeamAsync(tenant, teamId, CancellationToken.None))!.Value;
        Assert.Equal([bob], team.Members.Select(m => m.PersonId));
        Assert.Equal([RhythmIds.OneOnOne(manager, bob)], (await rhythm.GetPersonAsync(tenant, manager, CancellationToken.None))!.Value.OneOnOnes);
        Assert.NotNull(await rhythm.GetNotesAsync(tenant, RhythmIds.OneOnOne(manager, bob), CancellationToken.None));
        Assert.NotNull(await rhythm.GetFocusAsync(tenant, bob, Week, CancellationToken.None));
        Assert.Equal(0, await new RhythmUserData(Documents).EraseAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task Erase_ManagerWithRhythm_DeletesTheirTeamAndOneOnOnes_AndTheSellersNoLongerPointAtThem()
    {
        var (rhythm, manager, teamId) = await SeedRhythmAsync();
        var tenant = Alice.TenantKey;
        var managerKey = RhythmIds.User(manager);

        await UserData().EraseAsync(managerKey, CancellationToken.None);

        Assert.Null(await rhythm.GetPersonAsync(tenant, manager, CancellationToken.None));
        Assert.Null(await rhythm.GetTeamAsync(tenant, teamId, CancellationToken.None));
        Assert.Empty(await rhythm.ListOneOnOnesAsync(tenant, CancellationToken.None));
        Assert.Null(await rhythm.GetNotesAsync(tenant, RhythmIds.OneOnOne(manager, RhythmIds.Person(Bob)), CancellationToken.None));
        Assert.All(await rhythm.ListPeopleAsync(tenant, CancellationToken.None), p => Assert.Empty(p.MemberOf));
        Assert.NotNull(await rhythm.GetFocusAsync(tenant, RhythmIds.Person(Alice), Week, CancellationToken.None));
    }

    [Fact]
    public async Task Export_SellerWithRhythm_ListsTheirRhythmDocsOnly()
    {
        var (_, manager, teamId) = await SeedRhythmAsync();
        var alice = RhythmIds.Person(Alice);
        using var output = new MemoryStream();

        await UserData().ExportAsync(Alice, output, CancellationToken.None);

        using var json = JsonDocument.Parse(output.ToArray());
        var ids = json.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("partitionKey").GetString()!.StartsWith("rhythm|", StringComparison.Ordinal))
            .Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        string[] expected =
        [
            $"1on1|{RhythmIds.OneOnOne(manager, alice)}", $"checkin|{teamId}|{alice}|2026-11-02", $"focus|{alice}|2026-11-02",
            $"notes|{RhythmIds.OneOnOne(manager, alice)}", $"person|{alice}", $"team|{teamId}",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids);
    }

    private static readonly DateOnly Week = new(2026, 11, 2);

    /// <summary>A manager (in Alice's tenant) with Alice and Bob on the team, a 1:1 with follow-ups each, focus accounts and a check-in each.</summary>
    private async Task<(DocumentRhythmStore Rhythm, string Manager, string TeamId)> SeedRhythmAsync()
    {
        var rhythm = new DocumentRhythmStore(Documents);
        var tenant = Alice.TenantKey;
        var manager = RhythmIds.Person(new UserKey(Alice.Channel, Alice.TenantId, "manager"));
        var teamId = RhythmIds.TeamOf(manager);
        var sellers = new[] { RhythmIds.Person(Alice), RhythmIds.Person(Bob) };
        var schedules = sellers.Select(s => new OneOnOneSchedule
        {
            Id = RhythmIds.OneOnOne(manager, s),
            ManagerId = manager,
            SellerId = s,
            TimeZoneId = "Europe/Berlin",
            Rule = WeeklyRule.Starting(DayOfWeek.Tuesday, new TimeOnly(10, 0), Week),
        }).ToList();
        var people = sellers.Select(s => new Versioned<PersonRhythm>(PersonRhythm.New(s, null).WithMemberOf(teamId), null))
            .Append(new Versioned<PersonRhythm>(PersonRhythm.New(manager, "Mia") with { ManagesTeam = teamId, OneOnOnes = schedules.Select(o => o.Id).ToList() }, null))
            .ToList();
        var team = new Team
        {
            Id = teamId,
            ManagerId = manager,
            Members = sellers.Select(s => new TeamMember { PersonId = s, Status = MembershipStatus.Accepted, Since = Time.GetUtcNow() }).ToList(),
        };
        await rhythm.CommitAsync(tenant, new RhythmChanges
        {
            People = people,
            Teams = [new Versioned<Team>(team, null)],
            OneOnOnes = schedules.Select(o => new Versioned<OneOnOneSchedule>(o, null)).ToList(),
            Notes = schedules.Select(o => new Versioned<FollowUpNotes>(new FollowUpNotes { OneOnOneId = o.Id, Items = [new FollowUpItem { Text = "Send the deck", MeetingDate = Week, RecordedAt = Time.GetUtcNow() }] }, null)).ToList(),
        }, CancellationToken.None);
        foreach (var seller in sellers)
        {
            await rhythm.SaveFocusAsync(tenant, new FocusAccounts { PersonId = seller, WeekOf = Week, Accounts = ["Contoso"], At = Time.GetUtcNow() }, CancellationToken.None);
            await rhythm.SaveCheckInAsync(tenant, new HabitCheckIn { TeamId = teamId, PersonId = seller, WeekOf = Week, Habit = default, Status = default, At = Time.GetUtcNow() }, CancellationToken.None);
        }

        return (rhythm, manager, teamId);
    }

    [Fact]
    public async Task Commit_IsOneBatch_LoadIsOnePointRead_AndTheyRoundTrip()
    {
        var store = Conversations();
        var session = Session("s1", Alice);

        var before = Documents.Snapshot();
        var etag = await store.CommitAsync(State(Alice, 1), null, Turn(Alice, 1, "practice price") with { Sessions = [session] }, CancellationToken.None);
        var commit = Documents.Snapshot() - before;
        var loaded = await store.LoadAsync(Alice, CancellationToken.None);
        var load = Documents.Snapshot() - before - commit;

        Assert.Equal((1, 1), (commit.RoundTrips, commit.Batches));
        Assert.Equal((1, 1), (load.RoundTrips, load.Reads));
        Assert.Equal(etag, loaded!.ETag);
        Assert.Equal(82, loaded.State.ProgressFor("price")!.Attempts.Single().Score);
        Assert.Equal("practice price", (await store.GetTranscriptAsync(Alice, CancellationToken.None)).Single().UserText);
        Assert.Equal("practice price", (await store.GetTranscriptEntryAsync(Alice, 1, CancellationToken.None))!.UserText);
        Assert.Equal((session.Id, session.Status, session.StartedAt), (await store.GetSessionsAsync(Alice, CancellationToken.None)).Select(s => (s.Id, s.Status, s.StartedAt)).Single());
    }

    [Fact]
    public async Task State_IsStoredCompactly_WithoutACopyOfTheTurn()
    {
        var store = Conversations();
        var state = State(Alice, 1).WithProcessed("m-1", Time.GetUtcNow());
        await store.CommitAsync(state, null, Turn(Alice, 1, "a long answer " + new string('x', 2000)), CancellationToken.None);

        var stored = await Documents.ReadAsync(DocumentConversationStore.PartitionFor(Alice), DocumentConversationStore.StateId, CancellationToken.None);

        Assert.DoesNotContain("xxxx", stored!.Body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stored.Body);
        var attempt = json.RootElement.GetProperty("state").GetProperty("progress").GetProperty("price").GetProperty("attempts")[0];
        Assert.Equal(JsonValueKind.Array, attempt.ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("state").GetProperty("processed")[0].ValueKind);
        var loaded = (await store.LoadAsync(Alice, CancellationToken.None))!.State;
        Assert.True(loaded.HasProcessed("m-1", Time.GetUtcNow()));
        Assert.Equal(state.ProgressFor("price")!.Attempts, loaded.ProgressFor("price")!.Attempts);
        Assert.Equal(state.ProgressFor("price")!.DueAt, loaded.ProgressFor("price")!.DueAt);
    }

    [Fact]
    public async Task Commit_WithAStaleETag_WritesNothingOfTheTurn()
    {
        var store = Conversations();
        var first = await store.CommitAsync(State(Alice, 1), null, Turn(Alice, 1, "one"), CancellationToken.None);
        await store.CommitAsync(State(Alice, 2), first, Turn(Alice, 2, "two"), CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(State(Alice, 3), first, Turn(Alice, 3, "stale") with { Sessions = [Session("s9", Alice)] }, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(State(Alice, 3), null, Turn(Alice, 3, "second create"), CancellationToken.None));

        Assert.Equal(["one", "two"], (await store.GetTranscriptAsync(Alice, CancellationToken.None)).Select(e => e.UserText));
        Assert.Empty(await store.GetSessionsAsync(Alice, CancellationToken.None));
        Assert.Equal(2, (await store.LoadAsync(Alice, CancellationToken.None))!.State.Turns);
    }

    [Fact]
    public async Task RosterMirror_LostAfterTheCommit_IsWrittenOnTheNextLoad_AndOnlyThen()
    {
        var roster = new FlakyRoster(new DocumentRosterStore(Documents)) { FailNext = true };
        var store = Conversations(roster);
        var reference = Reference(Alice);
        var etag = await store.CommitAsync(State(Alice, 1) with { Reference = reference }, null, Turn(Alice, 1, "hi") with { Roster = new RosterEntry(Alice, "Alice", reference) }, CancellationToken.None);
        Assert.Null(await roster.GetAsync(Alice, CancellationToken.None));

        var loaded = await store.LoadAsync(Alice, CancellationToken.None);
        Assert.Equal(reference, (await roster.GetAsync(Alice, CancellationToken.None))!.Reference);

        // The next commit clears the reminder: later loads are one read again.
        await store.CommitAsync(loaded!.State with { Turns = 2 }, etag, Turn(Alice, 2, "help"), CancellationToken.None);
        var before = Documents.Snapshot();
        await store.LoadAsync(Alice, CancellationToken.None);
        Assert.Equal(1, (Documents.Snapshot() - before).RoundTrips);
    }

    [Fact]
    public async Task RosterMirror_WrittenByThisProcess_IsNotWrittenAgain_ButAnotherInstanceRepairsIt()
    {
        var store = Conversations();
        var reference = Reference(Alice);
        await store.CommitAsync(State(Alice, 1) with { Reference = reference }, null, Turn(Alice, 1, "hi") with { Roster = new RosterEntry(Alice, "Alice", reference) }, CancellationToken.None);

        var before = Documents.Snapshot();
        await store.LoadAsync(Alice, CancellationToken.None);
        Assert.Equal(1, (Documents.Snapshot() - before).RoundTrips);

        // A second instance can't know the mirror happened: it writes it once (harmless), as after a crash.
        await Documents.DeleteAsync(StoragePartitions.Tenant(Alice.TenantKey), DocumentRosterStore.IdFor(Alice), CancellationToken.None);
        await Conversations().LoadAsync(Alice, CancellationToken.None);
        Assert.NotNull(await new DocumentRosterStore(Documents).GetAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task LegacyOutbox_FromBeforeBatchCommits_IsWrittenOnceOnLoad()
    {
        var entry = Turn(Alice, 1, "kept").Entry;
        var legacy = $$$"""{"state":{"user":{"channel":"teams","tenantId":"t1","userId":"alice"},"firstSeen":"2026-11-02T09:00:00+00:00","lastSeen":"2026-11-02T09:00:00+00:00","turns":1,"progress":{"price":{"attempts":[{"at":"2026-11-02T09:00:00+00:00","score":70,"passed":true,"phrasingId":"p1","rubricVersion":"r1"}],"passStreak":1}},"processed":[{"id":"m-1","at":"2026-11-02T09:00:00+00:00"}]},"pendingEntry":{{{JsonSerializer.Serialize(entry, StorageJson.Transcript)}}},"pendingSessions":[]}""";
        await Documents.CreateAsync(new DocumentWrite(DocumentConversationStore.PartitionFor(Alice), DocumentConversationStore.StateId, DocumentConversationStore.StateType, legacy), CancellationToken.None);
        var store = Conversations();

        var loaded = await store.LoadAsync(Alice, CancellationToken.None);

        Assert.Equal("kept", (await store.GetTranscriptAsync(Alice, CancellationToken.None)).Single().UserText);
        Assert.Equal(70, loaded!.State.ProgressFor("price")!.Attempts.Single().Score);
        Assert.True(loaded.State.HasProcessed("m-1", Time.GetUtcNow()));
    }

    [Fact]
    public async Task Retention_PerTenant_ExpiresThatTenantsTranscriptsFirst_NeverTheState()
    {
        var store = Conversations(retentionDays: 365, tenants: new TenantRetention { Tenant = "teams:t2", Days = 30 });
        await store.CommitAsync(State(Alice, 1), null, Turn(Alice, 1, "kept a year") with { Sessions = [Session("s1", Alice)] }, CancellationToken.None);
        await store.CommitAsync(State(AliceElsewhere, 1), null, Turn(AliceElsewhere, 1, "kept a month") with { Sessions = [Session("s2", AliceElsewhere)] }, CancellationToken.None);

        await PassTimeAsync(TimeSpan.FromDays(31));

        Assert.Single(await store.GetTranscriptAsync(Alice, CancellationToken.None));
        Assert.Single(await store.GetSessionsAsync(Alice, CancellationToken.None));
        Assert.Empty(await store.GetTranscriptAsync(AliceElsewhere, CancellationToken.None));
        Assert.Empty(await store.GetSessionsAsync(AliceElsewhere, CancellationToken.None));
        Assert.NotNull(await store.LoadAsync(AliceElsewhere, CancellationToken.None));

        await PassTimeAsync(TimeSpan.FromDays(335));
        Assert.Empty(await store.GetTranscriptAsync(Alice, CancellationToken.None));
        Assert.NotNull(await store.LoadAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task Tenants_AreIsolated_TheSameUserIdInAnotherTenantSeesNothing()
    {
        var store = Conversations();
        var playbook = Playbook();
        await store.CommitAsync(State(Alice, 1), null, Turn(Alice, 1, "t1 text"), CancellationToken.None);
        await new DocumentRosterStore(Documents).UpsertAsync(new RosterEntry(Alice, "Alice", Reference(Alice)), CancellationToken.None);
        await ApproveAsync(playbook, Entry("e1", Alice, 90));

        Assert.Null(await store.LoadAsync(AliceElsewhere, CancellationToken.None));
        Assert.Empty(await store.GetTranscriptAsync(AliceElsewhere, CancellationToken.None));
        Assert.Null(await store.GetTranscriptEntryAsync(AliceElsewhere, 1, CancellationToken.None));
        Assert.Empty(await new DocumentRosterStore(Documents).ListAsync(AliceElsewhere.TenantKey, CancellationToken.None));
        Assert.Empty(await playbook.ListAsync(AliceElsewhere.TenantKey, CancellationToken.None));
        Assert.Empty(await Playbook().GetApprovedAsync(AliceElsewhere.TenantKey, "price", CancellationToken.None));
        Assert.Null(await playbook.GetAsync(AliceElsewhere.TenantKey, "e1", CancellationToken.None));

        // Erasing alice of tenant 2 leaves alice of tenant 1 whole.
        await UserData().EraseAsync(AliceElsewhere, CancellationToken.None);
        Assert.NotNull(await store.LoadAsync(Alice, CancellationToken.None));
        Assert.Single(await playbook.ListAsync(Alice.TenantKey, CancellationToken.None));
        using var export = new MemoryStream();
        await UserData().ExportAsync(AliceElsewhere, export, CancellationToken.None);
        Assert.Empty(JsonDocument.Parse(export.ToArray()).RootElement.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task ApprovedPlaybook_IsOnePointRead_OfOnlyApprovedEntries_KeptInStepWithDecisions()
    {
        var playbook = Playbook(cacheSeconds: 0);
        await playbook.TryAddAsync(Entry("pending", Bob, 95), CancellationToken.None);
        await ApproveAsync(playbook, Entry("good", Bob, 88));
        await ApproveAsync(playbook, Entry("best", Bob, 97));
        await ApproveAsync(playbook, Entry("timing", Bob, 99) with { CategoryId = "timing" });
        await playbook.TryAddAsync(Entry("rejected", Bob, 90), CancellationToken.None);
        var rejected = await playbook.GetAsync(Bob.TenantKey, "rejected", CancellationToken.None);
        await playbook.ReplaceAsync(rejected!.Entry with { Status = PlaybookStatus.Rejected }, rejected.ETag, CancellationToken.None);

        var before = Documents.Snapshot();
        var approved = await playbook.GetApprovedAsync(Bob.TenantKey, "price", CancellationToken.None);
        var read = Documents.Snapshot() - before;

        Assert.Equal(["best", "good"], approved.Select(e => e.Id));
        Assert.Equal((1, 1, 0), (read.RoundTrips, read.Reads, read.Queries));

        // Rejecting an approved answer takes it out of the summary in the same batch.
        var best = await playbook.GetAsync(Bob.TenantKey, "best", CancellationToken.None);
        await playbook.ReplaceAsync(best!.Entry with { Status = PlaybookStatus.Rejected }, best.ETag, CancellationToken.None);
        Assert.Equal(["good"], (await playbook.GetApprovedAsync(Bob.TenantKey, "price", CancellationToken.None)).Select(e => e.Id));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => playbook.ReplaceAsync(best.Entry, best.ETag, CancellationToken.None));
    }

    [Fact]
    public async Task ApprovedPlaybook_IsServedFromMemoryWithinTheCacheTime_AndAnApprovalHereShowsAtOnce()
    {
        var playbook = Playbook(cacheSeconds: 60);
        await playbook.GetApprovedAsync(Bob.TenantKey, "price", CancellationToken.None);

        var before = Documents.Snapshot();
        Assert.Empty(await playbook.GetApprovedAsync(Bob.TenantKey, "price", CancellationToken.None));
        Assert.Equal(0, (Documents.Snapshot() - before).RoundTrips);

        await ApproveAsync(playbook, Entry("e1", Bob, 90));
        Assert.Equal(["e1"], (await playbook.GetApprovedAsync(Bob.TenantKey, "price", CancellationToken.None)).Select(e => e.Id));

        // Another instance's approval shows here once the cache time has passed.
        await ApproveAsync(Playbook(), Entry("e2", Bob, 95));
        Assert.Equal(["e1"], (await playbook.GetApprovedAsync(Bob.TenantKey, "price", CancellationToken.None)).Select(e => e.Id));
        Time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(["e2", "e1"], (await playbook.GetApprovedAsync(Bob.TenantKey, "price", CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task Erase_DeletesEverythingOfTheUser_AnonymisesApprovedAnswers_AndTouchesNoOneElse()
    {
        var store = Conversations();
        var playbook = Playbook();
        var etag = await store.CommitAsync(State(Alice, 1) with { Reference = Reference(Alice) }, null, Turn(Alice, 1, "hi") with { Roster = new RosterEntry(Alice, "Alice", Reference(Alice)), Sessions = [Session("s1", Alice)] }, CancellationToken.None);
        await store.CommitAsync(State(Alice, 2) with { Reference = Reference(Alice) }, etag, Turn(Alice, 2, "answer"), CancellationToken.None);
        await Documents.CreateAsync(new DocumentWrite(DocumentConversationStore.PartitionFor(Alice), "inbox-1", "local-inbox", "{\"text\":\"hello\"}", TimeSpan.FromDays(7)), CancellationToken.None);
        await store.CommitAsync(State(Bob, 1) with { Reference = Reference(Bob) }, null, Turn(Bob, 1, "bob's") with { Roster = new RosterEntry(Bob, "Bob", Reference(Bob)) }, CancellationToken.None);
        await playbook.TryAddAsync(Entry("alice-pending", Alice, 90), CancellationToken.None);
        await ApproveAsync(playbook, Entry("alice-approved", Alice, 95), reviewer: Bob);
        await ApproveAsync(playbook, Entry("bob-approved", Bob, 91), reviewer: Alice);

        var report = await UserData().EraseAsync(Alice, CancellationToken.None);

        Assert.Empty(await Documents.QueryPartitionAsync(DocumentConversationStore.PartitionFor(Alice), CancellationToken.None));
        Assert.Null(await store.LoadAsync(Alice, CancellationToken.None));
        Assert.Null(await new DocumentRosterStore(Documents).GetAsync(Alice, CancellationToken.None));
        var entries = (await playbook.ListAsync(Alice.TenantKey, CancellationToken.None)).ToDictionary(e => e.Id);
        Assert.False(entries.ContainsKey("alice-pending"));
        Assert.Equal((DocumentPlaybookStore.ErasedUserId, (string?)null), (entries["alice-approved"].Seller.UserId, entries["alice-approved"].SellerName));
        Assert.Equal(Bob, entries["alice-approved"].ReviewedBy);
        Assert.Equal(((UserKey?)null, (string?)null), (entries["bob-approved"].ReviewedBy, entries["bob-approved"].ReviewedByName));
        Assert.Equal(Bob, entries["bob-approved"].Seller);
        var approved = await Playbook(cacheSeconds: 0).GetApprovedAsync(Alice.TenantKey, "price", CancellationToken.None);
        Assert.DoesNotContain(approved, e => e.Seller == Alice || e.ReviewedBy == Alice || e.SellerName == "Alice");
        Assert.Equal(2, approved.Count);
        Assert.Equal(7, report.Deleted); // state, 2 transcript entries, 1 session, inbox item, roster entry, pending nomination
        Assert.Equal(2, report.Anonymised);

        // Bob is untouched; erasing again finds nothing.
        Assert.NotNull(await store.LoadAsync(Bob, CancellationToken.None));
        Assert.Single(await store.GetTranscriptAsync(Bob, CancellationToken.None));
        Assert.NotNull(await new DocumentRosterStore(Documents).GetAsync(Bob, CancellationToken.None));
        Assert.Equal(new ErasureReport(0, 0), await UserData().EraseAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task Export_HoldsEveryDocumentOfTheUser_AsNestedJson_AndNothingOfOthers()
    {
        var store = Conversations();
        var playbook = Playbook();
        await store.CommitAsync(State(Alice, 1) with { Reference = Reference(Alice) }, null, Turn(Alice, 1, "my answer") with { Roster = new RosterEntry(Alice, "Alice", Reference(Alice)), Sessions = [Session("s1", Alice)] }, CancellationToken.None);
        await store.CommitAsync(State(Bob, 1), null, Turn(Bob, 1, "bob's secret"), CancellationToken.None);
        await playbook.TryAddAsync(Entry("alice-pending", Alice, 90), CancellationToken.None);
        await playbook.TryAddAsync(Entry("bob-pending", Bob, 90), CancellationToken.None);

        using var output = new MemoryStream();
        await UserData().ExportAsync(Alice, output, CancellationToken.None);

        using var json = JsonDocument.Parse(output.ToArray());
        Assert.Equal("alice", json.RootElement.GetProperty("user").GetProperty("userId").GetString());
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(
            ["playbook-entry", "roster-entry", "session", "transcript", "user-state"],
            documents.Select(d => d.GetProperty("type").GetString()).Order(StringComparer.Ordinal));
        Assert.All(documents, d => Assert.Equal(JsonValueKind.Object, d.GetProperty("body").ValueKind));
        Assert.Equal("my answer", documents.Single(d => d.GetProperty("type").GetString() == "transcript").GetProperty("body").GetProperty("userText").GetString());
        Assert.DoesNotContain("bob", output.ToArray().Select(b => (char)b).ToArray().AsSpan().ToString(), StringComparison.Ordinal);
    }

    private static async Task ApproveAsync(DocumentPlaybookStore playbook, PlaybookEntry entry, UserKey? reviewer = null)
    {
        await playbook.TryAddAsync(entry, CancellationToken.None);
        var stored = await playbook.GetAsync(entry.TenantKey, entry.Id, CancellationToken.None);
        await playbook.ReplaceAsync(
            stored!.Entry with { Status = PlaybookStatus.Approved, ReviewedBy = reviewer ?? new UserKey("teams", "t1", "mia"), ReviewedByName = reviewer?.UserId.ToUpperInvariant() ?? "Mia" },
            stored.ETag,
            CancellationToken.None);
    }

    private PlaybookEntry Entry(string id, UserKey seller, int score) => new()
    {
        Id = id,
        TenantKey = seller.TenantKey,
        CategoryId = "price",
        PhrasingId = "price-too-expensive",
        Objection = "Too expensive.",
        Answer = $"{seller.UserId}'s answer {id}",
        Score = score,
        RubricVersion = "r1",
        Seller = seller,
        SellerName = seller.UserId == "alice" ? "Alice" : "Bob",
        NominatedAt = Time.GetUtcNow(),
        Status = PlaybookStatus.Pending,
    };

    private UserState State(UserKey user, long turns) =>
        UserState.New(user, user.UserId, Time.GetUtcNow()).WithAttempt("price", new Attempt(Time.GetUtcNow(), 82, true, "price-too-expensive", "r1")) with { Turns = turns };

    private TurnRecord Turn(UserKey user, long sequence, string text) => new(
        new TranscriptEntry
        {
            Id = TranscriptEntry.IdFor(sequence),
            User = user,
            Sequence = sequence,
            At = Time.GetUtcNow(),
            UserText = text,
            Replies = ["ok"],
            ContentVersion = "test",
        },
        []);

    private SessionRecord Session(string id, UserKey user) => new()
    {
        Id = id,
        User = user,
        Kind = DrillKind.Practice,
        ScenarioId = "practice:price",
        ScenarioVersion = 1,
        PersonaId = "cfo",
        RubricVersion = "r1",
        StartedAt = Time.GetUtcNow(),
        Status = SessionStatus.InProgress,
    };

    private static ConversationReference Reference(UserKey user) => new()
    {
        Channel = user.Channel,
        TenantId = user.TenantId,
        ChannelUserId = "29:" + user.UserId,
        ConversationId = "a:" + user.UserId,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        UpdatedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
    };

    /// <summary>A roster whose next write fails (a crash right after the state commit).</summary>
    private sealed class FlakyRoster(IConversationReferenceStore inner) : IConversationReferenceStore
    {
        public bool FailNext { get; set; }

        public Task UpsertAsync(RosterEntry entry, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new IOException("lost");
            }

            return inner.UpsertAsync(entry, cancellationToken);
        }

        public Task<RosterEntry?> GetAsync(UserKey user, CancellationToken cancellationToken) => inner.GetAsync(user, cancellationToken);

        public Task<IReadOnlyList<RosterEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken) => inner.ListAsync(tenantKey, cancellationToken);
    }
}
