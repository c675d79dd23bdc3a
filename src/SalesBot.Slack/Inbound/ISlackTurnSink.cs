namespace SalesBot.Slack.Inbound;

/// <summary>
/// Where verified, parsed Slack requests go: the seam the channel-neutral pipeline plugs into.
/// <list type="bullet">
/// <item><see cref="AdmitAsync"/> runs first, before Slack is acknowledged, on the request's thread. A sink that can hand
/// the item on at once (e.g. to the turn pipeline's queue) does it here and answers <see cref="SlackAdmission.Accepted"/>,
/// or <see cref="SlackAdmission.Busy"/> so Slack is answered 503 (HTTP) or not acknowledged (Socket Mode) and retries.
/// The default defers: the item is acknowledged and queued for <see cref="HandleAsync"/>. It must be quick (no network).</item>
/// <item><see cref="HandleAsync"/> runs after Slack was acknowledged, on a background lane (one user always on the same
/// lane, in arrival order), for deferred items. Retries of the same delivery arrive again with the same
/// <see cref="SlackDelivery.DeliveryId"/> and a higher <see cref="SlackDelivery.RetryAttempt"/>: the pipeline de-duplicates.</item>
/// <item><see cref="SubmitViewAsync"/> runs synchronously inside Slack's 3-second window: Slack wants the modal's answer
/// (close or field errors) in the response.</item>
/// </list>
/// </summary>
public interface ISlackTurnSink
{
    ValueTask<SlackAdmission> AdmitAsync(SlackInbound inbound, CancellationToken cancellationToken) => ValueTask.FromResult(SlackAdmission.Deferred);

    Task HandleAsync(SlackInbound inbound, CancellationToken cancellationToken);

    Task<SlackViewSubmissionResult> SubmitViewAsync(SlackViewSubmission submission, CancellationToken cancellationToken);
}
