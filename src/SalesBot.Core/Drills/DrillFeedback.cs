using System.Globalization;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;

namespace SalesBot.Core.Drills;

/// <summary>
/// Feedback that fits in a chat: the score, the one or two things to fix first, each with a better line in the buyer's
/// terms, and the full breakdown behind a "Details" button (<see cref="DrillMessages.ScoreCard"/>), so the buyer's reply
/// that follows stays in view.
/// </summary>
public static class DrillFeedback
{
    public const string ActionDetails = "details";

    /// <summary>How many fixes the short feedback names.</summary>
    public const int MaxFixes = 2;

    private const int MaxQuote = 80;

    /// <summary>The short feedback on a scored answer.</summary>
    public static OutboundMessage Brief(ScoreCard card, string? headline, IReadOnlyList<MessageAction> actions, bool repeat = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(actions);
        var facts = new List<MessageFact>();
        var worked = card.Criteria.Where(c => c.Status == CriterionStatus.Met && c.Id != Rubric.Concise).Select(c => c.Name).ToList();
        if (worked.Count > 0)
        {
            facts.Add(new MessageFact("Worked", string.Join("; ", worked)));
        }

        foreach (var blocker in card.Blockers.Take(1))
        {
            var said = blocker.Words is null
                ? $"You said \u201C{Shorten(blocker.Evidence)}\u201D."
                : $"You said \u201C{Shorten(blocker.Evidence)}\u201D (the words \u201C{blocker.Words}\u201D).";
            facts.Add(new MessageFact($"Blocker: {blocker.Description}", $"{said} A better line: \u201C{Unquote(blocker.BetterLine)}\u201D"));
        }

        foreach (var criterion in FixFirst(card).Take(MaxFixes - Math.Min(1, card.Blockers.Count)))
        {
            facts.Add(new MessageFact(
                $"Fix: {criterion.Name} ({criterion.Points}/{criterion.Weight})",
                string.IsNullOrEmpty(criterion.BetterLine) ? criterion.Reason : $"A better line: \u201C{Unquote(criterion.BetterLine)}\u201D"));
        }

        var notes = new List<string>();
        if (headline is not null)
        {
            notes.Add(headline);
        }

        if (card.Notice is not null)
        {
            notes.Add(card.Notice);
        }

        if (repeat)
        {
            notes.Add("You've given this answer before, so it doesn't count as new evidence of proficiency.");
        }

        return new OutboundMessage
        {
            Kind = MessageKind.Feedback,
            Title = DrillMessages.ScoreLine(card),
            Text = notes.Count == 0 ? null : string.Join(' ', notes),
            Sections = facts.Count == 0 ? [] : [new MessageSection { Facts = facts }],
            Actions = actions,
        };
    }

    /// <summary>The criteria to fix first: the most points lost, then the rubric's order.</summary>
    public static IEnumerable<CriterionResult> FixFirst(ScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Criteria
            .Select((c, i) => (Criterion: c, Order: i))
            .Where(x => x.Criterion.Status != CriterionStatus.Met)
            .OrderByDescending(x => x.Criterion.Weight - x.Criterion.Points)
            .ThenBy(x => x.Order)
            .Select(x => x.Criterion);
    }

    /// <summary>The "Details" button: shows the full breakdown of the answer scored in transcript turn <paramref name="sequence"/>.</summary>
    public static MessageAction Details(long sequence) =>
        MessageAction.With(ActionDetails, "Details", "turn", sequence.ToString(CultureInfo.InvariantCulture));

    /// <summary>The update with a Details button on its feedback message, for the answer recorded as turn <paramref name="sequence"/>.</summary>
    public static DrillUpdate WithDetails(DrillUpdate update, long sequence)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Score is null)
        {
            return update;
        }

        var index = update.Messages.ToList().FindIndex(m => m.Kind == MessageKind.Feedback);
        if (index < 0)
        {
            return update;
        }

        var messages = update.Messages.ToList();
        messages[index] = messages[index] with { Actions = [.. messages[index].Actions, Details(sequence)] };
        return update with { Messages = messages };
    }

    private static string Unquote(string line) => line.Trim().Trim('"', '\u201C', '\u201D');

    private static string Shorten(string text) => text.Length <= MaxQuote ? text : string.Concat(text.AsSpan(0, MaxQuote - 1).TrimEnd(), "\u2026");
}
