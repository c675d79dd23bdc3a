namespace SalesBot.Teams.Auth;

/// <summary>A channel token whose signature, issuer, audience, algorithm and lifetime checked out.</summary>
public sealed record ValidatedChannelToken(
    TokenFamily Family,
    string Issuer,
    string? ServiceUrlClaim,
    IReadOnlyList<string>? Endorsements,
    string? TenantId);
