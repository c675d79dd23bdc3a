namespace SalesBot.Slack.Inbound;

/// <summary>How a request is answered: empty 200, a JSON or text body, a 400, or a 503 when the queue is full.</summary>
internal enum SlackAckKind
{
    Empty,
    Json,
    Text,
    BadRequest,
    Busy,
}
