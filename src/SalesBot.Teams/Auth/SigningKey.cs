using Microsoft.IdentityModel.Tokens;

namespace SalesBot.Teams.Auth;

/// <summary>
/// A published signing key with what the JWKS says about it beyond RFC 7517: the channels that endorse it
/// (<c>endorsements</c>, Bot Framework) and the issuer template it signs for (<c>issuer</c>, Entra).
/// </summary>
public sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string>? Endorsements, string? Issuer);
