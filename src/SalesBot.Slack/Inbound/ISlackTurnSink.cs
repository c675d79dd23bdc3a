namespace SalesBot.Slack.Inbound;

/// <summary>
/// Where verified, parsed Slack requests go: the seam the channel-neutral pipeline plugs into.
/// <list type="bullet">
/// <item><see cref="HandleAsync"/> runs after Slack was acknowledged, on a background lane (one user always on the same
/// lane, in arrival order). Retries of the same delivery arrive again with the same <see cref="SlackDelivery.DeliveryId"/>
/// and a higher <see cref="SlackDelivery.RetryAttempt"/>: the pipeline de-duplicates.</item>
/// <item><see cref="SubmitViewAsync"/> runs synchronously inside Slack's 3-second window: Slack wants the modal's answer
/// (close or field errors) in the response.</item>
/// </list>
/// </summary>
public interface ISlackTurnSink
{
    Task HandleAsync(SlackInbound inbound, CancellationToken cancellationToken);

    Task<SlackViewSubmissionResult> SubmitViewAsync(SlackViewSubmission submission, CancellationToken cancellationToken);
}
