using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Teams.Activities;

/// <summary>
/// A Bot Framework Activity: what the Bot Connector POSTs to the bot, and what the bot sends back through the Connector
/// REST API. Only the fields SalesBot reads or writes are typed; everything else in an inbound body is ignored.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    /// <summary>ISO-8601 as sent; kept as text so an odd value never fails a whole request.</summary>
    public string? Timestamp { get; init; }

    public string? LocalTimestamp { get; init; }

    /// <summary>IANA time zone name of the user's client (e.g. <c>America/Los_Angeles</c>), when Teams sends it.</summary>
    public string? LocalTimezone { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>The Connector base URI for this conversation, exactly as received.</summary>
    public string? ServiceUrl { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    /// <summary>Notification / activity-feed preview text for a card message.</summary>
    public string? Summary { get; init; }

    public string? InputHint { get; init; }

    public string? Locale { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>The invoke name (<c>adaptiveCard/action</c>, <c>task/fetch</c>, …) or event name.</summary>
    public string? Name { get; init; }

    /// <summary><c>installationUpdate</c>: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Action.Submit data (merged with inputs), or the invoke payload.</summary>
    public JsonElement? Value { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    [JsonIgnore]
    public bool IsInvoke => string.Equals(Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);
}
