using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Pipeline;

/// <summary>
/// Translates between Teams' conversation reference and the pipeline's channel-neutral one. A Teams user is
/// <c>teams:{tenantId}:{aadObjectId}</c> (the Entra object id is stable across bots and conversations; the <c>29:</c> id
/// is the fallback when Teams sent none). SalesBot is a personal-scope app: only a personal chat is stored as the user's
/// conversation. A message from a group chat or channel keeps the stored personal chat (or none, so the first send
/// creates it): scores and drills stay private.
/// </summary>
public static class TeamsReferences
{
    /// <summary>The channel name in <see cref="UserKey.Channel"/>.</summary>
    public const string Channel = "teams";

    /// <summary>The tenant of a user whose activity named none (Teams always does; other clients may not).</summary>
    public const string NoTenant = "no-tenant";

    /// <summary>Teams' name for a personal (1:1) chat with the bot.</summary>
    public const string Personal = "personal";

    public static bool IsPersonal(TeamsConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return string.IsNullOrEmpty(reference.ConversationType) || string.Equals(reference.ConversationType, Personal, StringComparison.OrdinalIgnoreCase);
    }

    public static UserKey UserOf(TeamsConversationReference reference, string? fallbackTenant = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new UserKey(Channel, TenantOf(reference, fallbackTenant), reference.AadObjectId ?? reference.UserId);
    }

    /// <summary>The reference the pipeline stores: the personal chat's id, or none for a message from a group chat or channel.</summary>
    public static ConversationReference ToCore(TeamsConversationReference reference, string? fallbackTenant = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new ConversationReference
        {
            Channel = Channel,
            TenantId = TenantOf(reference, fallbackTenant),
            ChannelUserId = reference.UserId,
            AadObjectId = reference.AadObjectId,
            ConversationId = IsPersonal(reference) ? reference.ConversationId : null,
            BotId = reference.BotId,
            ServiceUrl = reference.ServiceUrl,
            Locale = reference.Locale,
            TimeZone = reference.TimeZone,
        };
    }

    /// <summary>
    /// The Teams reference to send to, or null when the stored one lacks what the Connector needs (a serviceUrl). A
    /// missing bot id is <c>28:{appId}</c>; a missing conversation id means "create the personal chat first".
    /// </summary>
    public static TeamsConversationReference? ToTeams(ConversationReference reference, string? appId)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var botId = reference.BotId ?? (string.IsNullOrWhiteSpace(appId) ? null : "28:" + appId);
        if (string.IsNullOrWhiteSpace(reference.ServiceUrl) || botId is null || string.IsNullOrWhiteSpace(reference.ChannelUserId))
        {
            return null;
        }

        return new TeamsConversationReference
        {
            ServiceUrl = reference.ServiceUrl,
            ConversationId = reference.ConversationId,
            ConversationType = Personal,
            TenantId = reference.TenantId == NoTenant ? null : reference.TenantId,
            BotId = botId,
            UserId = reference.ChannelUserId,
            AadObjectId = reference.AadObjectId,
            Locale = reference.Locale,
            TimeZone = reference.TimeZone,
        };
    }

    private static string TenantOf(TeamsConversationReference reference, string? fallbackTenant) =>
        reference.TenantId ?? (string.IsNullOrWhiteSpace(fallbackTenant) ? NoTenant : fallbackTenant);
}
