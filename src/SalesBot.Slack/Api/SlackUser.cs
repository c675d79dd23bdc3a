namespace SalesBot.Slack.Api;

/// <summary>A Slack user; <see cref="Tz"/> is the IANA time zone (e.g. <c>Europe/Berlin</c>) to schedule in.</summary>
public sealed record SlackUser
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }

    public string? Name { get; init; }

    public string? RealName { get; init; }

    public string? Tz { get; init; }

    public string? TzLabel { get; init; }

    public int? TzOffset { get; init; }

    public string? Locale { get; init; }

    public bool Deleted { get; init; }

    public bool IsBot { get; init; }

    public SlackUserProfile? Profile { get; init; }
}
