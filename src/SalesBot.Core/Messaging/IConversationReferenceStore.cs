namespace SalesBot.Core.Messaging;

/// <summary>
/// The per-tenant roster: every user's conversation reference, listable per tenant without scanning users (for briefs,
/// nudges and "tell the managers"). The source of truth is the reference in the user's state; the roster is a mirror
/// written only when a reference (or display name) changes, through the conversation store's turn outbox, so a crash
/// between the state commit and the mirror write is repaired on the user's next load.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Creates or replaces the user's roster entry.</summary>
    Task UpsertAsync(RosterEntry entry, CancellationToken cancellationToken);

    /// <summary>The user's roster entry, or null.</summary>
    Task<RosterEntry?> GetAsync(UserKey user, CancellationToken cancellationToken);

    /// <summary>Every user of a tenant (<see cref="UserKey.TenantKey"/>), active or not, in no particular order.</summary>
    Task<IReadOnlyList<RosterEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken);
}
