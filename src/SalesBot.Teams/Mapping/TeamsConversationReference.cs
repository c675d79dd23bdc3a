namespace SalesBot.Teams.Mapping;

/// <summary>
/// Everything needed to message this user again, proactively: the Connector base URI exactly as received, the
/// conversation, tenant, bot and user ids, plus the user's locale and IANA time zone when Teams sent them.
/// </summary>
public sealed record TeamsConversationReference
{
    public const string ChannelId = "msteams";

    public required string ServiceUrl { get; init; }

    /// <summary>The conversation (<c>a:…</c> for a personal chat). Null for a user reached only by id: create it first.</summary>
    public string? ConversationId { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    /// <summary><c>28:&lt;appId&gt;</c>.</summary>
    public required string BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>The user's <c>29:…</c> id (unique per bot).</summary>
    public required string UserId { get; init; }

    /// <summary>The user's Entra object id: the stable key for a person across bots and conversations.</summary>
    public string? AadObjectId { get; init; }

    public string? UserName { get; init; }

    public string? Locale { get; init; }

    /// <summary>IANA time zone (<c>Europe/Berlin</c>) from <c>localTimezone</c> or the clientInfo entity.</summary>
    public string? TimeZone { get; init; }
}
