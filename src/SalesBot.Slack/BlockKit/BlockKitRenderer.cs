using SalesBot.Core.Messaging;
using SalesBot.Slack.Modals;

namespace SalesBot.Slack.BlockKit;

/// <summary>
/// Renders the channel-neutral <see cref="OutboundMessage"/> as Block Kit within Slack's limits: a header for the title,
/// sections for text (split at 3000 characters), fields for facts (10 per section), actions rows for buttons (25 per row)
/// and at most 50 blocks (the middle is shortened, buttons are kept). All people-supplied text is escaped; <c>**bold**</c>
/// becomes <c>*bold*</c>. The <c>text</c> fallback is the plain-text rendering, for notifications and screen readers.
/// </summary>
public static class BlockKitRenderer
{
    private const string EmptyFallback = "(empty message)";

    public static SlackMessage Render(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var content = new List<SlackBlock>();
        if (!string.IsNullOrWhiteSpace(message.Title))
        {
            content.Add(new HeaderBlock(SlackText.Plain(SlackMrkdwn.Truncate(PlainText.StripMarkup(message.Title), BlockKitLimits.HeaderText))));
        }

        var lead = LeadText(message);
        if (lead is not null)
        {
            AddSections(content, lead);
        }

        foreach (var section in message.Sections)
        {
            AddSection(content, section);
        }

        var actions = ActionRows(message.Actions, message.Inputs);
        var room = BlockKitLimits.BlocksPerMessage - actions.Count;
        if (content.Count > room)
        {
            var dropped = content.Count - (room - 1);
            content = [.. content.Take(room - 1), new ContextBlock([SlackText.Mrkdwn($"\u2026 {dropped} more parts not shown (message too long for Slack).")])];
        }

        content.AddRange(actions);
        var fallback = SlackMrkdwn.Truncate(SlackMrkdwn.Escape(PlainText.Render(message)), BlockKitLimits.FallbackText);
        return new SlackMessage(string.IsNullOrWhiteSpace(fallback) ? EmptyFallback : fallback, content);
    }

    /// <summary>Slack's button style for an action: <c>primary</c> (positive), <c>danger</c> (destructive) or none.</summary>
    internal static string? StyleOf(MessageAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Style switch
        {
            ButtonStyle.Positive => ButtonElement.Primary,
            ButtonStyle.Destructive => ButtonElement.Danger,
            _ => null,
        };
    }

    /// <summary>Renders the buttons alone, e.g. to append to a view.</summary>
    public static IReadOnlyList<SlackBlock> ActionRows(IReadOnlyList<MessageAction> actions) => ActionRows(actions, []);

    /// <summary>
    /// Renders the buttons; with form <paramref name="inputs"/>, each button opens the form as a modal
    /// (<see cref="SlackFormModal"/>) whose submission runs the button's action with the values.
    /// </summary>
    public static IReadOnlyList<SlackBlock> ActionRows(IReadOnlyList<MessageAction> actions, IReadOnlyList<MessageInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(inputs);
        var rows = new List<SlackBlock>();
        for (var start = 0; start < actions.Count; start += BlockKitLimits.ElementsPerActions)
        {
            var elements = actions
                .Skip(start)
                .Take(BlockKitLimits.ElementsPerActions)
                .Select((action, i) => (SlackElement)((inputs.Count > 0 ? SlackFormModal.Button(action, start + i, inputs) : null) ?? Button(action, start + i)))
                .ToList();
            rows.Add(new ActionsBlock(elements));
        }

        return rows;
    }

    public static ButtonElement Button(MessageAction action, int index)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ButtonElement(SlackText.Plain(SlackMrkdwn.Truncate(PlainText.StripMarkup(action.Title), BlockKitLimits.ButtonText)))
        {
            ActionId = SlackActionCodec.EncodeActionId(action.Id, index),
            Value = SlackActionCodec.EncodeValue(action.Data),
            Style = StyleOf(action),
        };
    }

    private static string? LeadText(OutboundMessage message)
    {
        string? text = null;
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            text = SlackMrkdwn.FromMarkup(message.Text);
            if (message.Kind == MessageKind.Buyer)
            {
                text = SlackMrkdwn.Quote(text);
            }
            else if (message.Kind == MessageKind.Error)
            {
                text = ":warning: " + text;
            }
        }

        if (!string.IsNullOrWhiteSpace(message.Speaker))
        {
            var speaker = SlackMrkdwn.Bold(message.Speaker);
            text = text is null ? speaker : speaker + "\n" + text;
        }

        return text;
    }

    private static void AddSection(List<SlackBlock> blocks, MessageSection section)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(section.Title))
        {
            parts.Add(SlackMrkdwn.Bold(section.Title));
        }

        if (!string.IsNullOrWhiteSpace(section.Text))
        {
            parts.Add(SlackMrkdwn.FromMarkup(section.Text));
        }

        if (parts.Count > 0)
        {
            AddSections(blocks, string.Join('\n', parts));
        }

        for (var start = 0; start < section.Facts.Count; start += BlockKitLimits.FieldsPerSection)
        {
            var fields = section.Facts
                .Skip(start)
                .Take(BlockKitLimits.FieldsPerSection)
                .Select(f => SlackText.Mrkdwn(SlackMrkdwn.Truncate(SlackMrkdwn.Bold(f.Name) + "\n" + SlackMrkdwn.FromMarkup(f.Value), BlockKitLimits.FieldText)))
                .ToList();
            blocks.Add(new SectionBlock { Fields = fields });
        }
    }

    private static void AddSections(List<SlackBlock> blocks, string mrkdwn)
    {
        foreach (var chunk in Split(mrkdwn, BlockKitLimits.SectionText))
        {
            blocks.Add(new SectionBlock { Text = SlackText.Mrkdwn(chunk) });
        }
    }

    /// <summary>Splits text into chunks of at most <paramref name="max"/> characters, at a line break or space when one is near.</summary>
    internal static IEnumerable<string> Split(string text, int max)
    {
        var rest = text.AsMemory();
        while (rest.Length > max)
        {
            var window = rest.Span[..max];
            var cut = window.LastIndexOf('\n');
            if (cut < max / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut < max / 2)
            {
                cut = char.IsHighSurrogate(window[max - 1]) ? max - 1 : max;
            }

            yield return rest[..cut].ToString().TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest.ToString();
        }
    }
}
