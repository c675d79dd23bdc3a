namespace SalesBot.Core.Messaging;

/// <summary>What a messenger reports after sending or updating.</summary>
public sealed record DeliveryResult(DeliveryStatus Status)
{
    /// <summary>The channel's ids of the messages that arrived, in order (Teams activity ids, Slack <c>ts</c>, local inbox ids).</summary>
    public IReadOnlyList<string> MessageIds { get; init; } = [];

    /// <summary>A short reason for logs and the reference's inactive reason (never user text or secrets).</summary>
    public string? Detail { get; init; }

    public static DeliveryResult Delivered(IReadOnlyList<string> messageIds) => new(DeliveryStatus.Delivered) { MessageIds = messageIds };

    public static DeliveryResult Gone(string detail) => new(DeliveryStatus.RecipientGone) { Detail = detail };

    public static DeliveryResult Failed(string detail, IReadOnlyList<string>? delivered = null) =>
        new(DeliveryStatus.Transient) { Detail = detail, MessageIds = delivered ?? [] };
}
