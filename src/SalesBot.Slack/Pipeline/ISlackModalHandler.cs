using SalesBot.Slack.Inbound;

namespace SalesBot.Slack.Pipeline;

/// <summary>
/// Answers the submission of one kind of modal (matched by the view's <c>callback_id</c>), synchronously within Slack's
/// 3-second window: close it, or keep it open with field errors keyed by <c>block_id</c>. Register with
/// <c>services.AddSingleton&lt;ISlackModalHandler, MyHandler&gt;()</c>; the pipeline's Slack sink dispatches to it.
/// A submission with no matching handler closes the modal.
/// </summary>
public interface ISlackModalHandler
{
    string CallbackId { get; }

    Task<SlackViewSubmissionResult> SubmitAsync(SlackViewSubmission submission, CancellationToken cancellationToken);
}
