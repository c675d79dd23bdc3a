using SalesBot.Core.Messaging;

namespace SalesBot.Core.Storage;

/// <summary>What an erasure did: documents deleted, and playbook entries kept but made anonymous.</summary>
public sealed record ErasureReport(int Deleted, int Anonymised);

/// <summary>
/// Erases everything SalesBot keeps about one user ("forget me", and the admin delete): state, transcripts, sessions,
/// roster entry, inbox, pending and rejected playbook nominations; approved playbook answers lose the seller's identity.
/// The caller holds the user's lock. Idempotent: erasing an unknown or already erased user deletes nothing.
/// </summary>
public interface IUserDataEraser
{
    Task<ErasureReport> EraseAsync(UserKey user, CancellationToken cancellationToken);
}
