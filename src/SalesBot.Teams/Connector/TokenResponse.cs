using System.Text.Json.Serialization;

namespace SalesBot.Teams.Connector;

/// <summary>The OAuth2 token endpoint's answer to a client-credentials grant.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("access_token")] string? AccessToken);
