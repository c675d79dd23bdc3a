namespace SalesBot.Slack.Installations;

/// <summary>
/// Remembers which OAuth install <c>state</c>s were used, so each is accepted once. With several instances this must be
/// shared: the Host implements it on its document store (a create-if-absent document per state that expires with it),
/// so a state replayed on another instance is refused. <see cref="InMemorySlackOAuthStateStore"/> serves one process.
/// </summary>
public interface ISlackOAuthStateStore
{
    /// <summary>
    /// Marks the state's nonce used until <paramref name="expiresAt"/>. True the first time; false when it was already used
    /// (a replay), whichever instance used it.
    /// </summary>
    Task<bool> TryUseAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
