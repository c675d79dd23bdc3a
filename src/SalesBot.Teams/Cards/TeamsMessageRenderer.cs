using System.Text.Json;
using SalesBot.Teams.Activities;

namespace SalesBot.Teams.Cards;

/// <summary>
/// Turns an <see cref="OutboundMessage"/> into the message activity Teams receives: plain one-paragraph messages as
/// chat text (markdown), everything with a title, speaker, sections or buttons as an Adaptive Card with a plain-text
/// <c>summary</c> for notifications. Conversation, sender and recipient are set by whoever sends it.
/// </summary>
public static class TeamsMessageRenderer
{
    public const int MaxSummaryLength = 200;

    public static Activity ToActivity(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (IsPlainText(message))
        {
            return new Activity
            {
                Type = ActivityTypes.Message,
                Text = TeamsMarkdown.ForChat(message.Text!),
                TextFormat = "markdown",
            };
        }

        return CardActivity(AdaptiveCardRenderer.Render(message), Summary(message));
    }

    /// <summary>The default replacement for a card whose button was pressed: "✓ You chose …", no buttons left.</summary>
    public static Activity ChosenUpdate(string chosenTitle)
    {
        ArgumentNullException.ThrowIfNull(chosenTitle);
        var message = new OutboundMessage { Text = $"\u2713 You chose **{PlainText.StripMarkup(chosenTitle)}**" };
        return CardActivity(AdaptiveCardRenderer.Render(message), Summary(message));
    }

    public static Activity CardActivity(AdaptiveCard card, string? summary) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments =
        [
            new Attachment
            {
                ContentType = ActivityTypes.AdaptiveCardContentType,
                Content = JsonSerializer.SerializeToElement(card, TeamsJsonContext.Default.AdaptiveCard),
            },
        ],
    };

    /// <summary>Chat text suffices: no title, speaker, sections or buttons.</summary>
    public static bool IsPlainText(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Title is null && message.Speaker is null && message.Sections.Count == 0 && message.Actions.Count == 0
            && message.Inputs.Count == 0
            && !string.IsNullOrWhiteSpace(message.Text);
    }

    /// <summary>The notification / activity-feed preview: the first line of the plain-text rendering.</summary>
    public static string Summary(OutboundMessage message)
    {
        var plain = PlainText.Render(message);
        var line = plain.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length <= MaxSummaryLength ? line : string.Concat(line.AsSpan(0, MaxSummaryLength - 1), "…");
    }
}
