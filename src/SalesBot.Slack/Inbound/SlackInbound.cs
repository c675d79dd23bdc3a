namespace SalesBot.Slack.Inbound;

/// <summary>A verified, parsed request from Slack, handed to <see cref="ISlackTurnSink"/>.</summary>
public abstract record SlackInbound
{
    public required SlackTeamRef Team { get; init; }

    public required SlackDelivery Delivery { get; init; }

    /// <summary>The bot's own user id in this workspace when known (the event's <c>authorizations</c>, or <c>auth.test</c>).</summary>
    public string? BotUserId { get; init; }

    /// <summary>The Slack user this is about (null for workspace-level events such as <c>app_uninstalled</c>).</summary>
    public abstract string? UserId { get; }
}
