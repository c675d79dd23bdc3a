namespace SalesBot.Slack.Api;

/// <summary>An id with an optional name (<c>team</c>, <c>enterprise</c>, <c>authed_user</c>).</summary>
public sealed record SlackNamedRef
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}
