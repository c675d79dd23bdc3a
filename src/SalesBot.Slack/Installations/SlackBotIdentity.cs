namespace SalesBot.Slack.Installations;

/// <summary>
/// Who the single-workspace bot (<c>Slack:BotToken</c>) is, learned from <c>auth.test</c> at start (retried in the
/// background when Slack is unreachable). Used to ignore the bot's own messages.
/// </summary>
public sealed class SlackBotIdentity
{
    private volatile Snapshot? _snapshot;

    public string? BotUserId => _snapshot?.BotUserId;

    public string? BotId => _snapshot?.BotId;

    public string? TeamId => _snapshot?.TeamId;

    public bool IsKnown => _snapshot is not null;

    public void Set(string? botUserId, string? botId, string? teamId) => _snapshot = new Snapshot(botUserId, botId, teamId);

    private sealed record Snapshot(string? BotUserId, string? BotId, string? TeamId);
}
