using System.Text;

namespace SalesBot.Core.Messaging;

/// <summary>Renders any <see cref="OutboundMessage"/> as plain text: the fallback every channel carries.</summary>
public static class PlainText
{
    public static string Render(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new StringBuilder();
        if (message.Speaker is not null)
        {
            builder.Append(message.Speaker).Append(": ");
        }

        if (message.Title is not null)
        {
            builder.AppendLine(StripMarkup(message.Title));
        }

        if (message.Text is not null)
        {
            builder.AppendLine(StripMarkup(message.Text));
        }

        foreach (var section in message.Sections)
        {
            builder.AppendLine();
            if (section.Title is not null)
            {
                builder.AppendLine(StripMarkup(section.Title));
            }

            if (section.Text is not null)
            {
                builder.AppendLine(StripMarkup(section.Text));
            }

            foreach (var fact in section.Facts)
            {
                builder.Append("- ").Append(StripMarkup(fact.Name)).Append(": ").AppendLine(StripMarkup(fact.Value));
            }
        }

        if (message.Actions.Count > 0)
        {
            builder.AppendLine();
            builder.Append("Options: ").AppendJoin(" | ", message.Actions.Select(a => a.Title)).AppendLine();
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Removes the light markup used in message text (<c>**bold**</c>, <c>`code`</c>).</summary>
    public static string StripMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
    }
}
