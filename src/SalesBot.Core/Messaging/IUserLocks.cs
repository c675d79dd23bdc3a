namespace SalesBot.Core.Messaging;

/// <summary>
/// The one per-user lock of the process (a singleton in DI), first come first served per user. The pipeline holds it
/// for every turn and proactive send, from loading the user's state until the replies are delivered; a background job
/// that reads and writes a user's records outside the pipeline takes it too. Across instances, ETags keep state
/// consistent. Never take two users' locks at once.
/// </summary>
public interface IUserLocks
{
    /// <summary>Waits for the user's lock; dispose the result to release it.</summary>
    Task<IDisposable> AcquireAsync(UserKey user, CancellationToken cancellationToken);
}
