using System.Text.RegularExpressions;
using SalesBot.Teams.Activities;

namespace SalesBot.Teams.Mapping;

/// <summary>Removes @mentions of the bot (<c>&lt;at&gt;Bot&lt;/at&gt;</c>) from message text; mentions of people stay.</summary>
public static partial class MentionText
{
    public static string StripBotMentions(string text, IReadOnlyList<Entity>? entities, string? botId)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var entity in entities ?? [])
        {
            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                && entity.Mentioned?.Id is { } id
                && botId is not null
                && (string.Equals(id, botId, StringComparison.OrdinalIgnoreCase) || SameApp(id, botId)))
            {
                if (!string.IsNullOrEmpty(entity.Text))
                {
                    text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
                }

                if (!string.IsNullOrEmpty(entity.Mentioned.Name))
                {
                    text = text.Replace($"<at>{entity.Mentioned.Name}</at>", " ", StringComparison.Ordinal);
                }
            }
        }

        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>A mention may carry the bare app id while the recipient is <c>28:&lt;appId&gt;</c>.</summary>
    private static bool SameApp(string mentioned, string botId) =>
        string.Equals(mentioned.StartsWith("28:", StringComparison.Ordinal) ? mentioned[3..] : mentioned,
            botId.StartsWith("28:", StringComparison.Ordinal) ? botId[3..] : botId,
            StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
