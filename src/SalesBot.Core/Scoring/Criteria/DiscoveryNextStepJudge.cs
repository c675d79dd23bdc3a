using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>
/// Discovery: "take control with a next step" is met only when a step is actually proposed. Framing the call (asking
/// permission, saying what you want to learn) is a good start but not a step, so it counts as partly.
/// </summary>
internal sealed class DiscoveryNextStepJudge : ICriterionJudge
{
    public static readonly DiscoveryNextStepJudge Instance = new();

    private const string Better = "To make this useful for you: can I ask a few questions about how you handle this today, and if there's a fit, put 30 minutes on Thursday to go through your numbers?";

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var full = answer.First(f => f.Proposal && f.NextStepObject && f.Time && f.Question != QuestionKind.Rhetorical);
        if (full >= 0)
        {
            return CriterionVerdict.Met("You proposed a concrete next step with a time.", [answer.SentenceText(full)], Better);
        }

        var proposal = answer.First(f => f.Proposal && f.Question != QuestionKind.Rhetorical && (f.NextStepObject || f.Time || f.Today));
        if (proposal >= 0)
        {
            return CriterionVerdict.Partly("You proposed a step, but not a concrete one: say what, and when.", [answer.SentenceText(proposal)], Better);
        }

        var agenda = answer.First(f => f.Agenda && f.IsSentence);
        return agenda >= 0
            ? CriterionVerdict.Partly("You framed the call; now propose what happens next, with a time.", [answer.SentenceText(agenda)], Better)
            : CriterionVerdict.Missed("No next step: frame the call and propose what happens next.", [], Better);
    }
}
