using System.Globalization;
using System.Text.Json;
using SalesBot.Teams.Activities;

namespace SalesBot.Teams.Cards;

/// <summary>
/// Renders a channel-neutral <see cref="OutboundMessage"/> as an Adaptive Card 1.5 within Teams' limits: at most
/// <see cref="MaxTopLevelActions"/> buttons in view (the rest under "More…", as buttons or, when many, a drop-down), and a
/// payload under <see cref="MaxCardBytes"/> (long texts are shortened, then trailing sections dropped, with a note).
/// Every button is an Action.Submit whose data carries the action id, its data and its title.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const int MaxTopLevelActions = 5;
    public const int MaxNestedButtons = 5;
    public const int MaxCardBytes = 28 * 1024;
    public const string MoreTitle = "More…";
    public const string ShortenedNote = "_Shortened: the full text is longer than Teams allows in one card._";

    private static readonly (int MaxText, int MaxSections)[] ShrinkSteps =
        [(int.MaxValue, int.MaxValue), (1000, int.MaxValue), (400, int.MaxValue), (400, 6), (200, 3), (200, 1), (100, 0)];

    public static AdaptiveCard Render(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        AdaptiveCard? card = null;
        foreach (var (maxText, maxSections) in ShrinkSteps)
        {
            card = Build(message, maxText, maxSections);
            if (SizeOf(card) <= MaxCardBytes)
            {
                return card;
            }
        }

        return card!;
    }

    /// <summary>The UTF-8 size of the card's JSON, as Teams counts its card payload.</summary>
    public static int SizeOf(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, TeamsJsonContext.Default.AdaptiveCard).Length;

    /// <summary>The Adaptive Card action style for a button: <c>positive</c>, <c>destructive</c>, or null (the default look).</summary>
    internal static string? StyleOf(MessageAction action) => action.Style switch
    {
        ButtonStyle.Positive => "positive",
        ButtonStyle.Destructive => "destructive",
        _ => null,
    };

    private static AdaptiveCard Build(OutboundMessage message, int maxText, int maxSections)
    {
        var body = new List<CardElement>();
        var shortened = false;
        string Cut(string text)
        {
            if (text.Length <= maxText)
            {
                return text;
            }

            shortened = true;
            return string.Concat(text.AsSpan(0, maxText), "…");
        }

        if (message.Title is { Length: > 0 } title)
        {
            body.Add(new TextBlock(TeamsMarkdown.ForCard(Cut(title)))
            {
                Size = "medium",
                Weight = "bolder",
                Color = message.Kind == MessageKind.Error ? "attention" : null,
            });
        }

        if (message.Speaker is { Length: > 0 } speaker)
        {
            var items = new List<CardElement> { new TextBlock(TeamsMarkdown.ForCard(Cut(speaker))) { Weight = "bolder", Color = "accent" } };
            items.AddRange(Lines(message.Text, Cut));
            body.Add(new Container(items) { Style = "emphasis" });
        }
        else
        {
            body.AddRange(Lines(message.Text, Cut, message.Kind == MessageKind.Error ? "attention" : null));
        }

        var sections = message.Sections.Take(maxSections).ToList();
        shortened |= sections.Count < message.Sections.Count;
        foreach (var section in sections)
        {
            var items = new List<CardElement>();
            if (section.Title is { Length: > 0 } sectionTitle)
            {
                items.Add(new TextBlock(TeamsMarkdown.ForCard(Cut(sectionTitle))) { Weight = "bolder" });
            }

            items.AddRange(Lines(section.Text, Cut));
            if (section.Facts.Count > 0)
            {
                items.Add(new FactSet(section.Facts.Select(f => new Fact(TeamsMarkdown.ForCard(Cut(f.Name)), TeamsMarkdown.ForCard(Cut(f.Value)))).ToList()));
            }

            if (items.Count > 0)
            {
                body.Add(new Container(items) { Spacing = "medium", Separator = true });
            }
        }

        // Form fields (channel-neutral MessageInputs): their values come back with the pressed button (ActivityMapper).
        body.AddRange(message.Inputs.Select(Input));

        if (shortened)
        {
            body.Add(new TextBlock(ShortenedNote) { IsSubtle = true, Spacing = "medium" });
        }

        if (body.Count == 0)
        {
            body.Add(new TextBlock(" "));
        }

        return new AdaptiveCard
        {
            FallbackText = Cut(PlainText.Render(message)),
            Body = body,
            Actions = Actions(message.Actions),
            Teams = new TeamsCardProperties("Full"),
        };
    }

    /// <summary>One form field as an Adaptive Card 1.5 input (labelled; required ones say what is missing).</summary>
    internal static CardElement Input(MessageInput input)
    {
        var required = input.Required ? true : (bool?)null;
        var error = input.Required ? $"{input.Label} is required." : null;
        return input.Kind switch
        {
            MessageInputKind.Choice => new ChoiceSetInput(input.Id, input.Choices.Select(c => new Choice(c.Value, c.Name)).ToList())
            {
                Label = input.Label,
                Placeholder = input.Placeholder,
                Value = input.Value ?? (input.Choices.Count > 0 ? input.Choices[0].Name : null),
                IsRequired = required,
                ErrorMessage = error,
            },
            MessageInputKind.Date => new DateInput(input.Id) { Label = input.Label, Value = input.Value, IsRequired = required, ErrorMessage = error },
            MessageInputKind.Time => new TimeInput(input.Id) { Label = input.Label, Value = input.Value, IsRequired = required, ErrorMessage = error },
            _ => new TextInput(input.Id)
            {
                Label = input.Label,
                Placeholder = input.Placeholder ?? (input.Kind == MessageInputKind.People ? "Names or user ids, separated by commas" : null),
                Value = input.Value,
                IsMultiline = input.Kind == MessageInputKind.MultilineText ? true : null,
                IsRequired = required,
                ErrorMessage = error,
            },
        };
    }

    private static IEnumerable<CardElement> Lines(string? text, Func<string, string> cut, string? color = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var first = true;
        var gap = false;
        foreach (var line in cut(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                gap = true;
                continue;
            }

            yield return new TextBlock(TeamsMarkdown.ForCard(line))
            {
                Color = color,
                Spacing = first ? null : gap ? "medium" : "small",
            };
            first = false;
            gap = false;
        }
    }

    private static List<CardAction>? Actions(IReadOnlyList<MessageAction> actions)
    {
        if (actions.Count == 0)
        {
            return null;
        }

        if (actions.Count <= MaxTopLevelActions)
        {
            return actions.Select(Submit).ToList<CardAction>();
        }

        var shown = actions.Take(MaxTopLevelActions - 1).Select(Submit).ToList<CardAction>();
        var rest = actions.Skip(MaxTopLevelActions - 1).ToList();
        var more = rest.Count <= MaxNestedButtons
            ? new AdaptiveCard { Schema = null, Version = null, Actions = rest.Select(Submit).ToList<CardAction>() }
            : new AdaptiveCard
            {
                Schema = null,
                Version = null,
                Body =
                [
                    new ChoiceSetInput(
                        SubmitData.ChoiceInputId,
                        rest.Select((a, i) => new Choice(a.Title, i.ToString(CultureInfo.InvariantCulture))).ToList())
                    {
                        Label = "More options",
                        Value = "0",
                        IsRequired = true,
                        ErrorMessage = "Pick an option first.",
                    },
                ],
                Actions =
                [
                    new SubmitAction("Go", new SubmitData(new SalesBotSubmit
                    {
                        Choices = rest.Select(a => new SalesBotChoice(a.Id, a.Title, a.Data)).ToList(),
                    })),
                ],
            };
        shown.Add(new ShowCardAction(MoreTitle, more));
        return shown;
    }

    private static SubmitAction Submit(MessageAction action) =>
        new(action.Title, new SubmitData(new SalesBotSubmit { Id = action.Id, Title = action.Title, Data = action.Data }))
        {
            Style = StyleOf(action),
        };
}
