using System.Text;
using System.Text.RegularExpressions;

namespace SalesBot.Slack.BlockKit;

/// <summary>
/// Slack's markup: <c>*bold*</c> (not <c>**bold**</c>), and <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped in any text that
/// comes from people, so user text can never become a mention, link or broadcast (<c>&lt;!channel&gt;</c>).
/// </summary>
public static partial class SlackMrkdwn
{
    /// <summary>Escapes the three control characters Slack's message formatting reserves.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Reverses Slack's escaping in inbound message text (<c>&amp;lt;</c> → <c>&lt;</c>).</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('&', StringComparison.Ordinal)
            ? text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal)
            : text;
    }

    /// <summary>Converts SalesBot's channel-neutral markup (<c>**bold**</c>, <c>`code`</c>) to escaped Slack mrkdwn.</summary>
    public static string FromMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DoubleStar().Replace(Escape(text), "*$1*");
    }

    /// <summary>Bold, for a label SalesBot controls (the label is still escaped).</summary>
    public static string Bold(string text) => "*" + PlainText(text).Replace("*", "", StringComparison.Ordinal) + "*";

    /// <summary>Escaped text with SalesBot's markup removed, for places that take plain text.</summary>
    public static string PlainText(string text) => Escape(Core.Conversations.PlainText.StripMarkup(text));

    /// <summary>Prefixes every line with <c>&gt;</c> (a quote block).</summary>
    public static string Quote(string mrkdwn)
    {
        ArgumentNullException.ThrowIfNull(mrkdwn);
        return string.Join('\n', mrkdwn.Split('\n').Select(line => ">" + line));
    }

    /// <summary>Cuts text to at most <paramref name="max"/> UTF-16 units, ending with an ellipsis, never splitting a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, Math.Max(0, cut)), "\u2026");
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline)]
    private static partial Regex DoubleStar();
}
