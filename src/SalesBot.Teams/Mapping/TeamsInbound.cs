using SalesBot.Teams.Activities;

namespace SalesBot.Teams.Mapping;

/// <summary>
/// An authenticated, parsed inbound activity in channel-neutral terms: what happened (<see cref="Kind"/>), the text or
/// the pressed button, and the <see cref="Reference"/> to answer through. The raw <see cref="Activity"/> is kept for
/// anything Teams-specific.
/// </summary>
public sealed record TeamsInbound
{
    public required TeamsInboundKind Kind { get; init; }

    public required Activity Activity { get; init; }

    /// <summary>Null only for <see cref="TeamsInboundKind.Ignored"/> activities that lack the ids.</summary>
    public TeamsConversationReference? Reference { get; init; }

    /// <summary>The activity id: the channel's message id, for de-duplication.</summary>
    public string? ActivityId => Activity.Id;

    /// <summary>The text, with bot @mentions removed and trimmed (<see cref="TeamsInboundKind.Message"/>).</summary>
    public string? Text { get; init; }

    /// <summary>The pressed button's action id and data (<see cref="TeamsInboundKind.Action"/>).</summary>
    public ActionInvocation? Action { get; init; }

    /// <summary>The pressed button's title, for a default "✓ You chose …" update of the card.</summary>
    public string? ActionTitle { get; init; }

    /// <summary>The id of the message that held the pressed card (update it with PUT …/activities/{id}).</summary>
    public string? ReplyToId => Activity.ReplyToId;

    /// <summary>True for an <c>invoke</c>: the HTTP response carries the answer.</summary>
    public bool IsInvoke => Activity.IsInvoke;

    /// <summary><c>add-upgrade</c> / <c>remove-upgrade</c>: an app update rather than a first install.</summary>
    public bool IsUpgrade { get; init; }
}
