using SalesBot.Core.Scoring.Blockers;
using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>Acknowledge the specific concern: in the buyer's terms, before answering; a formula alone earns nothing.</summary>
internal sealed class AcknowledgeJudge : ICriterionJudge
{
    public static readonly AcknowledgeJudge Instance = new();

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var better = BetterLines.For(answer, Rubric.Acknowledge);
        var features = answer.Features;
        var sentences = answer.Sentences;
        if (sentences.Count == 0)
        {
            return CriterionVerdict.Missed("No answer to score.", [], better);
        }

        var window = Math.Min(2, sentences.Count);
        for (var i = 0; i < window; i++)
        {
            if (ArguingAct.Cues.AnyIn(answer.Tokens, sentences[i].FirstToken, sentences[i].EndToken))
            {
                return CriterionVerdict.Missed("You argued with the buyer instead of acknowledging the concern.", [sentences[0].Text], better);
            }
        }

        for (var i = 0; i < window; i++)
        {
            var f = features[i];
            if (!(f.Ack || f.Paraphrase))
            {
                continue;
            }

            var sentence = sentences[i].Text;
            var next = i + 1 < window ? features[i + 1] : null;
            var formulaChain = f.Formula || (next?.Formula ?? false);
            var specific = f.Specific || (next is { Specific: true, ProductClaim: false } && !next.Formula);
            if (specific && !(f.Formula && !f.Specific))
            {
                return CriterionVerdict.Met("You acknowledged their specific concern in their terms.", [sentence], better);
            }

            if (formulaChain)
            {
                return f.Specific || (next?.Specific ?? false)
                    ? CriterionVerdict.Partly("Feel-felt-found is a formula: say their concern back in their words instead.", [sentence], better)
                    : CriterionVerdict.Missed("A formula (\"I understand how you feel\") isn't acknowledgement: name what they actually said.", [sentence], better);
            }

            return CriterionVerdict.Partly("You acknowledged them, but not their specific concern: name it in their words.", [sentence], better);
        }

        if (!features[0].Defensive && !features[0].IsExploring && features[0].Specific && !features[0].ProductClaim && features[0].IsSentence)
        {
            return CriterionVerdict.Partly("You referred to their concern but didn't acknowledge it before answering.", [sentences[0].Text], better);
        }

        var later = Enumerable.Range(window, sentences.Count - window).FirstOrDefault(i => (features[i].Ack || features[i].Paraphrase) && features[i].Specific, -1);
        if (later >= 0)
        {
            return CriterionVerdict.Partly("You acknowledged the concern, but only after answering it: lead with it.", [sentences[later].Text], better);
        }

        if (answer.IsDiagnostic && Diagnosis(answer) is { } diagnosis)
        {
            return diagnosis;
        }

        return features[0].Defensive
            ? CriterionVerdict.Missed("You opened defensively instead of acknowledging the concern.", [sentences[0].Text], better)
            : CriterionVerdict.Missed("No acknowledgement: you went straight to your answer.", [], better);
    }

    /// <summary>A story that starts from what the buyer said, or a question built on their exact concern, half acknowledges it.</summary>
    private static CriterionVerdict? Diagnosis(AnswerReading answer)
    {
        var better = BetterLines.For(answer, Rubric.Acknowledge);
        var echo = answer.First(f => f.Story);
        if (echo >= 0 && ShapeLexicon.Echoes.AnyIn(answer.Tokens, answer.Sentences[echo].FirstToken, answer.Sentences[echo].EndToken))
        {
            return CriterionVerdict.Partly("Your story starts from what they said; naming their concern first would land even better.", [answer.SentenceText(echo)], better);
        }

        var question = answer.ShapeQuestion;
        return question >= 0 && (answer.Features[question].Specific || answer.Features[question].Tailored)
            ? CriterionVerdict.Partly("Your question takes up their exact concern; saying it back first would land even better.", [answer.SentenceText(question)], better)
            : null;
    }
}
