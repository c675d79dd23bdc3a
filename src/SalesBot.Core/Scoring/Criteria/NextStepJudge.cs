using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>
/// Take control with a next step: a proposed step with a time, in a sentence that proposes it ("Meeting Friday 11am." is a
/// label, not a proposal). A time on its own right after a proposal completes it ("…with your ops lead? Thursday 2pm?").
/// In an objection, a short diagnostic answer that ends on a sharp question also keeps control: the buyer has to answer it.
/// </summary>
internal sealed class NextStepJudge : ICriterionJudge
{
    public static readonly NextStepJudge Instance = new();

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var better = BetterLines.For(answer, Rubric.Control);
        var full = answer.First(f => f.Proposal && f.NextStepObject && f.Time && f.Question != QuestionKind.Rhetorical);
        if (full < 0)
        {
            full = CompletedByATime(answer);
        }

        if (full >= 0)
        {
            return CriterionVerdict.Met("You proposed a concrete next step with a time.", [answer.SentenceText(full)], better);
        }

        if (answer.IsDiagnostic && answer.Profile == RubricProfile.Objection)
        {
            return CriterionVerdict.Met("You kept control: your question gives the buyer something specific to answer, and their answer sets up the step.", [answer.SentenceText(answer.ShapeQuestion)], better);
        }

        var partial = answer.First(f => f.Question != QuestionKind.Rhetorical && f.Proposal && (f.NextStepObject || f.Time || f.Today));
        if (partial >= 0)
        {
            return CriterionVerdict.Partly("A next step, but not a concrete one: say what, and when.", [answer.SentenceText(partial)], better);
        }

        var passive = answer.First(f => f.Passive);
        if (passive >= 0)
        {
            return CriterionVerdict.Missed("You handed control back to the buyer: propose the next step yourself.", [answer.SentenceText(passive)], better);
        }

        var label = answer.First(f => f.Fragment && f.Time);
        return label >= 0
            ? CriterionVerdict.Missed("A day and a time aren't a proposal: say what you'd do together and ask for it.", [answer.SentenceText(label)], better)
            : CriterionVerdict.Missed("No next step: end by proposing one, with a time.", [], better);
    }

    /// <summary>A sentence proposing a step, followed directly by a short time ("Thursday at 2?", "Tuesday 2pm?").</summary>
    private static int CompletedByATime(AnswerReading answer)
    {
        var features = answer.Features;
        for (var i = 1; i < features.Count; i++)
        {
            var time = features[i];
            var proposal = features[i - 1];
            if (time.Time && time.Words <= 5 && proposal.Proposal && proposal.NextStepObject && !proposal.Fragment
                && proposal.Question != QuestionKind.Rhetorical)
            {
                return i - 1;
            }
        }

        return -1;
    }
}
