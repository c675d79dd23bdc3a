using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SalesBot.Teams.Configuration;

namespace SalesBot.Teams.Auth;

/// <summary>
/// Validates channel → bot tokens per the Bot Framework rule table (reference §2.1): <c>Bearer</c> scheme, a key from the
/// OpenID metadata matched by <c>kid</c>, issuer <c>https://api.botframework.com</c>, audience = the app id, 5 minutes'
/// clock skew, RS256/384/512 only; then, against the activity, the <c>serviceurl</c> claim and the key's channel
/// endorsements. Single-tenant bots also accept Entra-issued tokens from the Bot Service tenants and their own tenant.
/// Run <see cref="ValidateAsync"/> before reading the body and <see cref="CheckActivity"/> once it is parsed.
/// </summary>
public sealed class ChannelTokenValidator
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public static readonly IReadOnlyList<string> AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>The Bot Service's Entra tenants (public cloud) whose tokens a single-tenant bot accepts.</summary>
    public static readonly IReadOnlyList<string> BotServiceTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    private const int MaxTokenLength = 16 * 1024;
    private readonly TeamsOptions _options;
    private readonly TeamsSigningKeys _keys;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly HashSet<string> _entraIssuers;

    public ChannelTokenValidator(IOptions<TeamsOptions> options, TeamsSigningKeys keys, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _keys = keys;
        _time = time;
        _entraIssuers = new HashSet<string>(StringComparer.Ordinal);
        if (_options.IsSingleTenant)
        {
            foreach (var tenant in BotServiceTenants.Append(_options.TenantId!.Trim().ToLowerInvariant()))
            {
                _entraIssuers.Add($"https://sts.windows.net/{tenant}/");
                _entraIssuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
            }
        }
    }

    /// <summary>Checks the Authorization header: scheme, signature, issuer, audience, algorithm, lifetime.</summary>
    public async Task<TokenValidationOutcome> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (!_options.IsConfigured)
        {
            return TokenValidationOutcome.Reject("Teams:AppId is not configured");
        }

        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return TokenValidationOutcome.Reject("no Authorization header");
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            return TokenValidationOutcome.Reject("the Authorization header is not 'Bearer <token>'");
        }

        JsonWebToken token;
        try
        {
            if (parts[1].Length > MaxTokenLength)
            {
                return TokenValidationOutcome.Reject("the token is too long");
            }

            token = new JsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return TokenValidationOutcome.Reject("the token is not a JWT");
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return TokenValidationOutcome.Reject($"algorithm '{Printable(token.Alg)}' is not allowed");
        }

        var issuer = token.Issuer;
        TokenFamily family;
        OpenIdKeySource source;
        if (string.Equals(issuer, TeamsOptions.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            family = TokenFamily.BotFramework;
            source = _keys.BotFramework;
        }
        else if (_entraIssuers.Contains(issuer))
        {
            family = TokenFamily.Entra;
            source = _keys.Entra;
        }
        else
        {
            return TokenValidationOutcome.Reject($"issuer '{Printable(issuer)}' is not trusted");
        }

        var keyId = string.IsNullOrEmpty(token.Kid) ? token.X5t : token.Kid;
        var lookup = await source.FindAsync(string.IsNullOrEmpty(keyId) ? null : keyId, cancellationToken);
        if (!lookup.Available)
        {
            return TokenValidationOutcome.Unavailable("no signing keys could be loaded from the OpenID metadata");
        }

        if (lookup.Key is not { } key)
        {
            return TokenValidationOutcome.Reject($"signing key '{Printable(keyId)}' is not published");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = _options.AppId,
            ValidateAudience = true,
            ValidateIssuer = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = ClockSkew,
            ValidAlgorithms = AllowedAlgorithms,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidateIssuerSigningKey = false,
            LifetimeValidator = ValidateLifetime,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return TokenValidationOutcome.Reject($"token rejected: {result.Exception?.GetType().Name ?? "invalid"}");
        }

        string? tenant = null;
        if (family == TokenFamily.Entra)
        {
            tenant = token.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
            if (tenant is null || !issuer.Contains(tenant, StringComparison.OrdinalIgnoreCase))
            {
                return TokenValidationOutcome.Reject("the Entra token's tid does not match its issuer");
            }

            if (key.Issuer is { } keyIssuer && !keyIssuer.Replace("{tenantid}", tenant, StringComparison.Ordinal).Contains(tenant, StringComparison.OrdinalIgnoreCase))
            {
                return TokenValidationOutcome.Reject("the signing key is not valid for the token's tenant");
            }
        }

        var serviceUrl = token.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        return TokenValidationOutcome.Accept(new ValidatedChannelToken(family, issuer, serviceUrl, key.Endorsements, tenant));
    }

    /// <summary>nbf/exp against the injected clock, with <see cref="ClockSkew"/> either way; exp is required.</summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } exp && exp.ToUniversalTime() >= now - ClockSkew
            && (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + ClockSkew);
    }

    /// <summary>The rules that need the activity: the <c>serviceurl</c> claim and the key's channel endorsements.</summary>
    public static TokenValidationOutcome CheckActivity(ValidatedChannelToken token, string? channelId, string? serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Family == TokenFamily.BotFramework)
        {
            if (string.IsNullOrEmpty(token.ServiceUrlClaim))
            {
                return TokenValidationOutcome.Reject("the token has no serviceurl claim");
            }

            if (!string.Equals(token.ServiceUrlClaim, serviceUrl, StringComparison.Ordinal))
            {
                return TokenValidationOutcome.Reject("the serviceurl claim does not match the activity's serviceUrl");
            }

            // Follow the .NET SDK: a channel token must be signed by a key that carries endorsements.
            if (token.Endorsements is not { Count: > 0 } endorsements)
            {
                return TokenValidationOutcome.Reject("the signing key has no endorsements");
            }

            if (!string.IsNullOrEmpty(channelId) && !endorsements.Contains(channelId, StringComparer.Ordinal))
            {
                return TokenValidationOutcome.Reject($"the signing key is not endorsed for channel '{Printable(channelId)}'");
            }
        }
        else if (token.ServiceUrlClaim is { Length: > 0 } claim && !string.Equals(claim, serviceUrl, StringComparison.Ordinal))
        {
            return TokenValidationOutcome.Reject("the serviceurl claim does not match the activity's serviceUrl");
        }

        return TokenValidationOutcome.Accept(token);
    }

    /// <summary>Attacker-controlled text in a log reason: short and printable.</summary>
    private static string Printable(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = new string(value.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return value.Length > 64 ? text + "…" : text;
    }
}
