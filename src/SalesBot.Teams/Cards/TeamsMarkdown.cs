using System.Text;

namespace SalesBot.Teams.Cards;

/// <summary>
/// Converts SalesBot's light markup (<c>**bold**</c>, <c>`command`</c>) for Teams. Adaptive Card text renders bold but
/// not inline code, so a <c>`command`</c> becomes <c>**command**</c> (or plain text inside a bold span). Chat messages
/// (textFormat markdown) render both, so they keep the markup and only get paragraph breaks.
/// </summary>
public static class TeamsMarkdown
{
    public static string ForCard(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('`', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        var inBold = false;
        var outsideTicks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                inBold = !inBold;
                i++;
            }
            else if (text[i] == '`' && !inBold)
            {
                outsideTicks++;
            }
        }

        // An unmatched backtick would leave a bold span open: drop the ticks instead.
        var convert = outsideTicks % 2 == 0;
        inBold = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                inBold = !inBold;
                builder.Append("**");
                i++;
            }
            else if (c == '`')
            {
                if (convert && !inBold)
                {
                    builder.Append("**");
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Text for a chat message with textFormat markdown: line breaks become paragraph breaks.</summary>
    public static string ForChat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\n\n", StringComparison.Ordinal);
    }
}
