namespace SalesBot.Teams.Connector;

/// <summary>
/// The result of a Connector call: the outcome, the HTTP status of the last attempt (0 when nothing was sent), the new
/// message or conversation id, and the Connector's error code (<c>MessageWritesBlocked</c>, …) when it gave one.
/// </summary>
public sealed record ConnectorResult(ConnectorOutcome Outcome, int StatusCode, int Attempts)
{
    /// <summary>The message id (<c>1:…</c>) for sends, replies and updates; the conversation id for create.</summary>
    public string? Id { get; init; }

    /// <summary>Create conversation: the id of the first message, when one was sent with it.</summary>
    public string? ActivityId { get; init; }

    public string? ErrorCode { get; init; }

    public bool IsSuccess => Outcome == ConnectorOutcome.Sent;
}
