namespace SalesBot.Slack.Inbound;

/// <summary>The user opened the app's Home or Messages tab (fires every time): time to publish the Home view.</summary>
public sealed record SlackAppHomeOpened : SlackInbound
{
    public required string User { get; init; }

    /// <summary>The user's DM channel with the bot.</summary>
    public string? ChannelId { get; init; }

    /// <summary><c>home</c> or <c>messages</c>.</summary>
    public string? Tab { get; init; }

    public override string? UserId => User;
}
