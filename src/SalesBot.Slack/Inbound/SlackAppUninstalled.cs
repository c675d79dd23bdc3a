namespace SalesBot.Slack.Inbound;

/// <summary>The app was removed from the workspace; its installation has already been deleted when the sink sees this.</summary>
public sealed record SlackAppUninstalled : SlackInbound
{
    public override string? UserId => null;
}
