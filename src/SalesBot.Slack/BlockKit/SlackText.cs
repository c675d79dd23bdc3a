namespace SalesBot.Slack.BlockKit;

/// <summary>A Block Kit text object: <c>plain_text</c> or <c>mrkdwn</c>.</summary>
public sealed record SlackText(string Type, string Text)
{
    public const string PlainType = "plain_text";
    public const string MrkdwnType = "mrkdwn";

    /// <summary>Emoji shortcodes in plain text (<c>:tada:</c>) are rendered; only meaningful for plain_text.</summary>
    public bool? Emoji { get; init; }

    public static SlackText Plain(string text) => new(PlainType, text) { Emoji = true };

    public static SlackText Mrkdwn(string text) => new(MrkdwnType, text);
}
