using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Storage;
using SalesBot.Host.Scheduling;

namespace SalesBot.Host.Storage;

/// <summary>
/// The rhythm documents on any <see cref="IDocumentStore"/>: one partition per tenant (<c>rhythm|{channel}:{tenant}</c>), so a
/// tenant's people, teams and 1:1s change together in one atomic batch and no query ever crosses tenants. Tenants with
/// rhythm documents are listed in <c>rhythm|tenants</c> for the scheduler's refill and top-up.
/// </summary>
internal sealed class DocumentRhythmStore(IDocumentStore documents) : IRhythmStore
{
    internal const string PersonType = "rhythm-person";
    internal const string TeamType = "rhythm-team";
    internal const string OneOnOneType = "rhythm-1on1";
    internal const string NotesType = "rhythm-notes";
    internal const string FocusType = "rhythm-focus";
    internal const string CheckInType = "rhythm-checkin";
    internal const string TenantType = "rhythm-tenant";
    internal const string TenantsPartition = "rhythm|tenants";

    /// <summary>Check-ins and focus answers are history: kept for a year.</summary>
    private static readonly TimeSpan HistoryTimeToLive = TimeSpan.FromDays(400);

    private readonly ConcurrentDictionary<string, bool> _registered = new(StringComparer.Ordinal);

    public static string PartitionFor(string tenantKey) => $"rhythm|{tenantKey}";

    public Task<Versioned<PersonRhythm>?> GetPersonAsync(string tenantKey, string personId, CancellationToken cancellationToken) =>
        GetAsync(tenantKey, $"person|{personId}", PersonType, RhythmJsonContext.Default.PersonRhythm, cancellationToken);

    public Task<Versioned<Team>?> GetTeamAsync(string tenantKey, string teamId, CancellationToken cancellationToken) =>
        GetAsync(tenantKey, $"team|{teamId}", TeamType, RhythmJsonContext.Default.Team, cancellationToken);

    public Task<Versioned<OneOnOneSchedule>?> GetOneOnOneAsync(string tenantKey, string oneOnOneId, CancellationToken cancellationToken) =>
        GetAsync(tenantKey, $"1on1|{oneOnOneId}", OneOnOneType, RhythmJsonContext.Default.OneOnOneSchedule, cancellationToken);

    public Task<Versioned<FollowUpNotes>?> GetNotesAsync(string tenantKey, string oneOnOneId, CancellationToken cancellationToken) =>
        GetAsync(tenantKey, $"notes|{oneOnOneId}", NotesType, RhythmJsonContext.Default.FollowUpNotes, cancellationToken);

    public Task<IReadOnlyList<PersonRhythm>> ListPeopleAsync(string tenantKey, CancellationToken cancellationToken) =>
        ListAsync(tenantKey, PersonType, RhythmJsonContext.Default.PersonRhythm, cancellationToken);

    public Task<IReadOnlyList<Team>> ListTeamsAsync(string tenantKey, CancellationToken cancellationToken) =>
        ListAsync(tenantKey, TeamType, RhythmJsonContext.Default.Team, cancellationToken);

    public Task<IReadOnlyList<OneOnOneSchedule>> ListOneOnOnesAsync(string tenantKey, CancellationToken cancellationToken) =>
        ListAsync(tenantKey, OneOnOneType, RhythmJsonContext.Default.OneOnOneSchedule, cancellationToken);

    public async Task CommitAsync(string tenantKey, RhythmChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var partition = PartitionFor(tenantKey);
        var operations = new List<DocumentOperation>();
        foreach (var person in changes.People)
        {
            operations.Add(Operation(partition, $"person|{person.Value.PersonId}", PersonType, JsonSerializer.Serialize(person.Value, RhythmJsonContext.Default.PersonRhythm), person.ETag));
        }

        foreach (var team in changes.Teams)
        {
            operations.Add(Operation(partition, $"team|{team.Value.Id}", TeamType, JsonSerializer.Serialize(team.Value, RhythmJsonContext.Default.Team), team.ETag));
        }

        foreach (var schedule in changes.OneOnOnes)
        {
            operations.Add(Operation(partition, $"1on1|{schedule.Value.Id}", OneOnOneType, JsonSerializer.Serialize(schedule.Value, RhythmJsonContext.Default.OneOnOneSchedule), schedule.ETag));
        }

        foreach (var notes in changes.Notes)
        {
            operations.Add(Operation(partition, $"notes|{notes.Value.OneOnOneId}", NotesType, JsonSerializer.Serialize(notes.Value, RhythmJsonContext.Default.FollowUpNotes), notes.ETag));
        }

        if (operations.Count == 0)
        {
            return;
        }

        await RegisterTenantAsync(tenantKey, cancellationToken);
        try
        {
            for (var i = 0; i < operations.Count; i += DocumentBatch.MaxOperations)
            {
                await documents.CommitBatchAsync(partition, operations.Skip(i).Take(DocumentBatch.MaxOperations).ToList(), cancellationToken);
            }
        }
        catch (DocumentStoreException ex)
        {
            throw new ConcurrencyConflictException($"A rhythm document of {tenantKey} changed since it was read.", ex);
        }
    }

    public async Task SaveFocusAsync(string tenantKey, FocusAccounts focus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(focus);
        await documents.UpsertAsync(new DocumentWrite(PartitionFor(tenantKey), FocusId(focus.PersonId, focus.WeekOf), FocusType, JsonSerializer.Serialize(focus, RhythmJsonContext.Default.FocusAccounts), HistoryTimeToLive), cancellationToken);
    }

    public async Task<FocusAccounts?> GetFocusAsync(string tenantKey, string personId, DateOnly weekOf, CancellationToken cancellationToken) =>
        (await GetAsync(tenantKey, FocusId(personId, weekOf), FocusType, RhythmJsonContext.Default.FocusAccounts, cancellationToken))?.Value;

    public async Task SaveCheckInAsync(string tenantKey, HabitCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var id = $"checkin|{checkIn.TeamId}|{checkIn.PersonId}|{checkIn.WeekOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        await documents.UpsertAsync(new DocumentWrite(PartitionFor(tenantKey), id, CheckInType, JsonSerializer.Serialize(checkIn, RhythmJsonContext.Default.HabitCheckIn), HistoryTimeToLive), cancellationToken);
    }

    public async Task<IReadOnlyList<HabitCheckIn>> ListCheckInsAsync(string tenantKey, string teamId, CancellationToken cancellationToken) =>
        (await ListAsync(tenantKey, CheckInType, RhythmJsonContext.Default.HabitCheckIn, cancellationToken)).Where(c => c.TeamId == teamId).ToList();

    /// <summary>Tenants that have rhythm documents.</summary>
    public async Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken)
    {
        var stored = await documents.QueryAsync(TenantsPartition, TenantType, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, RhythmJsonContext.Default.TenantRegistration)!.TenantKey).ToList();
    }

    public async Task RegisterTenantAsync(string tenantKey, CancellationToken cancellationToken)
    {
        if (_registered.ContainsKey(tenantKey))
        {
            return;
        }

        try
        {
            await documents.CreateAsync(new DocumentWrite(TenantsPartition, tenantKey, TenantType, JsonSerializer.Serialize(new TenantRegistration(tenantKey, DateTimeOffset.UnixEpoch), RhythmJsonContext.Default.TenantRegistration)), cancellationToken);
        }
        catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.AlreadyExists)
        {
            // Registered before (by this or another instance).
        }

        _registered[tenantKey] = true;
    }

    private static string FocusId(string personId, DateOnly weekOf) => $"focus|{personId}|{weekOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static DocumentOperation Operation(string partition, string id, string type, string body, string? etag)
    {
        var write = new DocumentWrite(partition, id, type, body);
        return etag is null ? DocumentOperation.Create(write) : DocumentOperation.Replace(write, etag);
    }

    private async Task<Versioned<T>?> GetAsync<T>(string tenantKey, string id, string type, JsonTypeInfo<T> info, CancellationToken cancellationToken)
        where T : class
    {
        var stored = await documents.ReadAsync(PartitionFor(tenantKey), id, cancellationToken);
        return stored is null || stored.Type != type ? null : new Versioned<T>(JsonSerializer.Deserialize(stored.Body, info)!, stored.ETag);
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(string tenantKey, string type, JsonTypeInfo<T> info, CancellationToken cancellationToken)
    {
        var stored = await documents.QueryAsync(PartitionFor(tenantKey), type, cancellationToken);
        return stored.Select(d => JsonSerializer.Deserialize(d.Body, info)!).ToList();
    }
}
