namespace SalesBot.Slack.Inbound.Wire;

/// <summary>The user ids whose tokens were revoked, by token kind.</summary>
internal sealed record RevokedTokensWire
{
    public IReadOnlyList<string>? Oauth { get; init; }

    public IReadOnlyList<string>? Bot { get; init; }
}
