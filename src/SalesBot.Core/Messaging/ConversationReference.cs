namespace SalesBot.Core.Messaging;

/// <summary>
/// Everything needed to message a user on their channel without them writing first: the channel's own ids for the user,
/// the conversation and the bot, and the endpoint to call (Teams <c>serviceUrl</c>, stored exactly as received). It is
/// stored with the user's state on install and on every inbound turn (no extra store round trip) and mirrored to the
/// tenant's roster (<see cref="IConversationReferenceStore"/>) when it changes.
/// </summary>
public sealed record ConversationReference
{
    /// <summary>The channel (<see cref="UserKey.Channel"/>): <c>teams</c>, <c>slack</c>, <c>local</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The Entra tenant id (Teams) or workspace/team id (Slack) (<see cref="UserKey.TenantId"/>).</summary>
    public required string TenantId { get; init; }

    /// <summary>The user's id on the channel: Teams <c>29:…</c> (unique per bot), Slack <c>U…</c>, the local user id.</summary>
    public required string ChannelUserId { get; init; }

    /// <summary>The user's Entra object id (Teams <c>from.aadObjectId</c>); null elsewhere.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Slack Enterprise Grid: the organisation id (<c>E…</c>) whose org-wide install serves this workspace; null elsewhere.</summary>
    public string? EnterpriseId { get; init; }

    /// <summary>The 1:1 conversation with the bot: Teams <c>a:…</c>, Slack DM channel <c>D…</c>.</summary>
    public string? ConversationId { get; init; }

    /// <summary>The bot's id on the channel: Teams <c>28:&lt;appId&gt;</c>, Slack bot user id.</summary>
    public string? BotId { get; init; }

    /// <summary>Teams: the Connector base URI for this conversation, exactly as received (never normalised).</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The user's locale as the channel sent it (e.g. <c>en-GB</c>).</summary>
    public string? Locale { get; init; }

    /// <summary>The user's IANA time zone (e.g. <c>Europe/Berlin</c>) when the channel sent one; kept when a later turn omits it.</summary>
    public string? TimeZone { get; init; }

    /// <summary>False once the platform said the bot can't reach the user any more (removed, blocked, uninstalled).</summary>
    public bool Active { get; init; } = true;

    /// <summary>Why the reference is inactive (e.g. <c>uninstalled</c>, <c>recipient-gone: 403 …</c>).</summary>
    public string? InactiveReason { get; init; }

    /// <summary>When the stored reference last changed; stamped by the pipeline, channels leave it unset.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// The reference to store after a turn brought <paramref name="received"/>: the received ids win, optional fields the
    /// channel omitted this time (time zone, locale, AAD id, service URL…) keep their stored values, and the user is
    /// reachable again. Returns <paramref name="stored"/> itself when nothing changed, so callers can tell by reference.
    /// </summary>
    public static ConversationReference Merge(ConversationReference? stored, ConversationReference received, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(received);
        var merged = received with
        {
            AadObjectId = received.AadObjectId ?? stored?.AadObjectId,
            EnterpriseId = received.EnterpriseId ?? stored?.EnterpriseId,
            ConversationId = received.ConversationId ?? stored?.ConversationId,
            BotId = received.BotId ?? stored?.BotId,
            ServiceUrl = received.ServiceUrl ?? stored?.ServiceUrl,
            Locale = received.Locale ?? stored?.Locale,
            TimeZone = received.TimeZone ?? stored?.TimeZone,
            Active = true,
            InactiveReason = null,
            UpdatedAt = stored?.UpdatedAt ?? now,
        };
        return stored is not null && merged == stored ? stored : merged with { UpdatedAt = now };
    }

    /// <summary>This reference marked unreachable, or itself when it already is (for the same reason).</summary>
    public ConversationReference Deactivate(string reason, DateTimeOffset now) =>
        !Active && InactiveReason == reason ? this : this with { Active = false, InactiveReason = reason, UpdatedAt = now };
}
