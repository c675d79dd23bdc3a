namespace SalesBot.Slack.Inbound.Wire;

/// <summary>The fields SalesBot reads from <c>message</c>, <c>app_mention</c> and <c>app_home_opened</c> events.</summary>
internal sealed record InnerEventWire
{
    public string? Type { get; init; }

    public string? Subtype { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Text { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? EventTs { get; init; }

    public string? Channel { get; init; }

    public string? ChannelType { get; init; }

    public string? Tab { get; init; }
}
