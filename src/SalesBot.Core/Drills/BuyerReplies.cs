using SalesBot.Core.Content;
using SalesBot.Core.Scoring;

namespace SalesBot.Core.Drills;

/// <summary>
/// What the buyer says back, chosen from what the answer did or failed to do (<see cref="AnswerGaps"/>) and voiced by
/// the current persona: a blocker's act is answered first, then the most telling gap. A line is only said of an answer
/// it is true of; none quotes words the seller may not have used.
/// </summary>
internal sealed class BuyerReplies(ContentCatalog content)
{
    /// <summary>The order in which gaps are worth a buyer's breath.</summary>
    private static readonly AnswerGap[] Priority =
    [
        AnswerGap.Rambling, AnswerGap.Pitched, AnswerGap.Unheard, AnswerGap.NoNumber, AnswerGap.Unproven, AnswerGap.NoValue,
        AnswerGap.Generic, AnswerGap.NoStep,
    ];

    /// <summary>The buyer's reaction to a practice answer: softening or lukewarm when it passed, a pushback when not.</summary>
    public string Reaction(Persona persona, ObjectionCategory category, ScoreCard card, string answer, AnswerOutcome outcome, DrillSession session)
    {
        if (card.Passed)
        {
            return outcome == AnswerOutcome.Strong
                ? DrillRandom.Pick(persona.Lines.Softening, session.Seed, session.Turn)
                : DrillRandom.Pick(persona.Lines.Partial, session.Seed, session.Turn);
        }

        var line = Pushback(persona, category, card, answer, session);
        return outcome == AnswerOutcome.Weak && session.WeakAnswers > 0
            ? $"{line} {DrillRandom.Pick(persona.Lines.Escalation, session.Seed, session.Turn)}"
            : line;
    }

    /// <summary>The buyer's pushback to an answer that did not win them over.</summary>
    public string Pushback(Persona persona, ObjectionCategory? category, ScoreCard card, string answer, DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(persona);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(session);
        if (BlockerReply(category, card, session) is { } blocked)
        {
            return blocked;
        }

        var gaps = AnswerGaps.Of(card, answer);
        foreach (var gap in Priority)
        {
            if (gap == AnswerGap.Unheard && category is { Pushbacks.Count: > 0 } && AnswerGaps.MissedMethod(card))
            {
                // After a pitch, the category's own pushback about its method is what this buyer would say next.
                return DrillRandom.Pick(category.Pushbacks, session.Seed, session.Turn);
            }

            if (gaps.Contains(gap) && persona.Reactions.GetValueOrDefault(gap) is { Count: > 0 } lines)
            {
                return DrillRandom.Pick(lines, session.Seed, session.Turn);
            }
        }

        return category is { Pushbacks.Count: > 0 } && AnswerGaps.MissedMethod(card)
            ? DrillRandom.Pick(category.Pushbacks, session.Seed, session.Turn)
            : DrillRandom.Pick(persona.Lines.Pushback, session.Seed, session.Turn);
    }

    /// <summary>
    /// How a role-play step opens after an answer that did not win the buyer over: the step's own reaction to the answer's
    /// gap when it has one, else (after a weak answer) the persona's. Null when the step's line stands alone.
    /// </summary>
    public string? StepOpener(Persona persona, ScenarioStep step, ObjectionCategory? category, ScoreCard card, string answer, AnswerOutcome outcome, DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (outcome == AnswerOutcome.Strong)
        {
            return null;
        }

        var gaps = AnswerGaps.Of(card, answer);
        foreach (var gap in Priority)
        {
            if (gaps.Contains(gap) && step.Reactions.GetValueOrDefault(gap) is { } own)
            {
                return own;
            }
        }

        return outcome == AnswerOutcome.Weak ? Pushback(persona, category, card, answer, session) : null;
    }

    /// <summary>
    /// A new objection after a strong answer, from a category neither just handled nor part of the scenario, in a phrasing
    /// this buyer voices and the seller hasn't heard, led in by the buyer's own turn of phrase. Null when none is left.
    /// </summary>
    public (Phrasing Phrasing, string Line)? FollowUp(Persona persona, Scenario scenario, DrillSession session, string handledCategoryId, int salt)
    {
        ArgumentNullException.ThrowIfNull(persona);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(session);
        var scenarioCategories = scenario.Steps.Values.Select(s => s.CategoryId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var raised = session.UsedPhrasings.Select(content.FindPhrasing).OfType<Phrasing>().Select(p => p.CategoryId).ToHashSet(StringComparer.Ordinal);
        var candidates = content.Categories
            .Where(c => c.Id != handledCategoryId && !scenarioCategories.Contains(c.Id) && !raised.Contains(c.Id))
            .SelectMany(c => c.Phrasings)
            .Where(p => p.Fits(persona.Id) && !session.UsedPhrasings.Contains(p.Id))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var phrasing = DrillRandom.Pick(candidates, session.Seed, salt);
        return (phrasing, $"{DrillRandom.Pick(persona.Lines.FollowUp, session.Seed, salt + 1)} {phrasing.Text}");
    }

    private string? BlockerReply(ObjectionCategory? category, ScoreCard card, DrillSession session)
    {
        if (card.Blockers.Count == 0)
        {
            return null;
        }

        var hit = card.Blockers[0];
        if (category?.Blockers.FirstOrDefault(b => b.Id == hit.Id)?.Pushback is { } own)
        {
            return own;
        }

        return hit.Act is not null && content.Shared.ActReactions.GetValueOrDefault(hit.Act) is { Count: > 0 } lines
            ? DrillRandom.Pick(lines, session.Seed, session.Turn)
            : null;
    }
}
