namespace SalesBot.Slack.Inbound;

/// <summary>
/// The acknowledgement of one request, transport-neutral: HTTP writes it as the response, Socket Mode as the ack
/// <c>payload</c>. <see cref="Json"/> is already serialised by the source-generated context.
/// </summary>
internal sealed record SlackAck(SlackAckKind Kind, byte[]? Json = null, string? Text = null)
{
    public static SlackAck Empty { get; } = new(SlackAckKind.Empty);

    public static SlackAck Busy { get; } = new(SlackAckKind.Busy);

    public static SlackAck Bad(string reason) => new(SlackAckKind.BadRequest, Text: reason);

    public static SlackAck OfText(string text) => new(SlackAckKind.Text, Text: text);

    public static SlackAck OfJson(byte[] json) => new(SlackAckKind.Json, json);
}
