namespace SalesBot.Core.Conversations;

/// <summary>
/// The one way to message a user first, for background jobs and features (registered in DI by the host). The send runs
/// in the user's line like an inbound turn, under the same per-user lock: load the state, check the stored reference is
/// active, commit the message to the transcript (marked bot-initiated) with the idempotency key, then deliver it through
/// the messenger of the user's channel. A "recipient gone" answer marks the reference inactive.
/// </summary>
public interface IProactiveSender
{
    /// <summary>Sends and waits for the outcome. Never throws for delivery or store failures: see <see cref="ProactiveResult.Status"/>.</summary>
    Task<ProactiveResult> SendAsync(ProactiveRequest request, CancellationToken cancellationToken);
}
