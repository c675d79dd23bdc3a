using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Inbound;

/// <summary>
/// The synchronous answer to a modal submission: close it (<see cref="Close"/>), keep it open with field errors
/// (<see cref="Errors(IReadOnlyDictionary{string, string})"/>, keyed by the input's <c>block_id</c>), replace it, push a new one, or clear the stack.
/// </summary>
public sealed record SlackViewSubmissionResult
{
    private SlackViewSubmissionResult(string? action, IReadOnlyDictionary<string, string>? errors = null, SlackView? view = null)
    {
        ResponseAction = action;
        FieldErrors = errors;
        View = view;
    }

    public static SlackViewSubmissionResult Close { get; } = new(action: null);

    public static SlackViewSubmissionResult ClearAll { get; } = new("clear");

    /// <summary>The <c>response_action</c>, or null to close the modal with an empty 200.</summary>
    public string? ResponseAction { get; }

    public IReadOnlyDictionary<string, string>? FieldErrors { get; }

    public SlackView? View { get; }

    public static SlackViewSubmissionResult Errors(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one field error is needed; use Close to accept the submission.", nameof(errors));
        }

        return new("errors", errors);
    }

    public static SlackViewSubmissionResult Errors(params (string BlockId, string Message)[] errors) =>
        Errors(errors.ToDictionary(e => e.BlockId, e => e.Message, StringComparer.Ordinal));

    public static SlackViewSubmissionResult Update(SlackView view) => new("update", view: view ?? throw new ArgumentNullException(nameof(view)));

    public static SlackViewSubmissionResult Push(SlackView view) => new("push", view: view ?? throw new ArgumentNullException(nameof(view)));
}
