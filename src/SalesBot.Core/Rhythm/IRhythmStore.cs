using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Rhythm;

/// <summary>
/// The manager's rhythm, per tenant (one partition per tenant: a tenant never reads another's): people's preferences,
/// teams, 1:1 schedules, follow-ups, focus accounts and habit check-ins. The source of truth the scheduler derives from.
/// </summary>
public interface IRhythmStore
{
    Task<Versioned<PersonRhythm>?> GetPersonAsync(string tenantKey, string personId, CancellationToken cancellationToken);

    Task<Versioned<Team>?> GetTeamAsync(string tenantKey, string teamId, CancellationToken cancellationToken);

    Task<Versioned<OneOnOneSchedule>?> GetOneOnOneAsync(string tenantKey, string oneOnOneId, CancellationToken cancellationToken);

    Task<Versioned<FollowUpNotes>?> GetNotesAsync(string tenantKey, string oneOnOneId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PersonRhythm>> ListPeopleAsync(string tenantKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<Team>> ListTeamsAsync(string tenantKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<OneOnOneSchedule>> ListOneOnOnesAsync(string tenantKey, CancellationToken cancellationToken);

    /// <summary>Writes every document or none; throws <see cref="Storage.ConcurrencyConflictException"/> when one changed since it was read (or a create finds it exists).</summary>
    Task CommitAsync(string tenantKey, RhythmChanges changes, CancellationToken cancellationToken);

    Task SaveFocusAsync(string tenantKey, FocusAccounts focus, CancellationToken cancellationToken);

    Task<FocusAccounts?> GetFocusAsync(string tenantKey, string personId, DateOnly weekOf, CancellationToken cancellationToken);

    Task SaveCheckInAsync(string tenantKey, HabitCheckIn checkIn, CancellationToken cancellationToken);

    Task<IReadOnlyList<HabitCheckIn>> ListCheckInsAsync(string tenantKey, string teamId, CancellationToken cancellationToken);
}
