namespace SalesBot.Slack.Inbound.Wire;

/// <summary><c>tokens_revoked</c>: <c>{"tokens":{"oauth":[user ids],"bot":[bot user ids]}}</c>.</summary>
internal sealed record TokensRevokedWire
{
    public RevokedTokensWire? Tokens { get; init; }
}
