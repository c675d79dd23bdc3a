namespace SalesBot.Slack.Inbound;

/// <summary>
/// A person wrote to the bot: a DM (<c>message.im</c>) or an @-mention in a channel (<c>app_mention</c>, with the leading
/// bot mention removed). <see cref="Text"/> is unescaped plain text. The bot's own messages, other bots, edits and every
/// other <c>subtype</c> never get here.
/// </summary>
public sealed record SlackMessageReceived : SlackInbound
{
    public required string User { get; init; }

    public required string ChannelId { get; init; }

    /// <summary><c>im</c> for DMs; <c>channel</c>/<c>group</c>/<c>mpim</c> for mentions.</summary>
    public string? ChannelType { get; init; }

    public required string Text { get; init; }

    /// <summary>The message's timestamp (its id within the channel).</summary>
    public required string Ts { get; init; }

    public string? ThreadTs { get; init; }

    public bool IsMention { get; init; }

    public override string? UserId => User;
}
