namespace SalesBot.Teams.Configuration;

/// <summary>
/// Section <c>Teams</c>. The Azure Bot names <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c> and
/// <c>MicrosoftAppTenantId</c> (at the configuration root or inside the section) are accepted as aliases.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string DefaultLoginAuthority = "https://login.microsoftonline.com";
    public const string MultiTenantAuthorityTenant = "botframework.com";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>Teams' Connector hosts. GCC / GCC-High hosts must be added explicitly.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowedServiceUrlHosts = ["smba.trafficmanager.net"];

    /// <summary>The bot's Microsoft App ID (GUID). Empty: Teams is off and /api/messages answers 401 (outside Development).</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret. Never logged.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The bot's home tenant for a single-tenant bot; empty = multi-tenant (token authority <c>botframework.com</c>).</summary>
    public string? TenantId { get; set; }

    /// <summary>Bot Framework OpenID metadata (issuer + JWKS with endorsements) for channel tokens.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>OpenID metadata for Entra-issued channel tokens (single-tenant bots only).</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>The client-credentials endpoint. Empty: <c>https://login.microsoftonline.com/{TenantId or botframework.com}/oauth2/v2.0/token</c>.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>Hosts a serviceUrl may have for the bot's token to be sent there. Empty: <see cref="DefaultAllowedServiceUrlHosts"/>.</summary>
    public string[]? AllowedServiceUrlHosts { get; set; }

    /// <summary>Skips inbound token validation. Honoured only in the Development environment; startup fails elsewhere.</summary>
    public bool DisableAuth { get; set; }

    /// <summary>Inbound bodies larger than this are refused with 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Attempts per Connector call (first try included) for 429/412/502/503/504.</summary>
    public int MaxSendAttempts { get; set; } = 4;

    /// <summary>A Retry-After longer than this is not waited for: the call fails as throttled.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Sends per conversation per second (Teams allows 7).</summary>
    public int MessagesPerConversationPerSecond { get; set; } = 7;

    /// <summary>Connector calls per tenant per second (Teams allows 50 per app per tenant).</summary>
    public int RequestsPerTenantPerSecond { get; set; } = 50;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId);

    public bool IsSingleTenant => !string.IsNullOrWhiteSpace(TenantId);

    public IReadOnlyList<string> EffectiveAllowedServiceUrlHosts =>
        AllowedServiceUrlHosts is { Length: > 0 } hosts ? hosts : DefaultAllowedServiceUrlHosts;

    public string EffectiveTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"{DefaultLoginAuthority}/{(IsSingleTenant ? TenantId!.Trim() : MultiTenantAuthorityTenant)}/oauth2/v2.0/token"
        : TokenEndpoint.Trim();
}
