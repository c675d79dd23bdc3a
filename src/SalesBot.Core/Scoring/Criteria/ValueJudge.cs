using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>
/// Respond with value and evidence: a well-formed sentence that ties an outcome for the buyer to a number or a named
/// customer. Feature lists, brags, bare credentials ("we are HIPAA compliant") and cue fragments ("ROI 3x.") are not
/// evidence. In a diagnostic answer the value is the insight: a question that reframes the cost in the buyer's own
/// terms, or a story with a concrete outcome.
/// </summary>
internal sealed class ValueJudge : ICriterionJudge
{
    public static readonly ValueJudge Instance = new();

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var verdict = Evidence(answer);
        return verdict.Status != CriterionStatus.Met && answer.IsDiagnostic ? Insight(answer, verdict) : verdict;
    }

    private static CriterionVerdict Evidence(AnswerReading answer)
    {
        var better = BetterLines.For(answer, Rubric.Value);
        var features = answer.Features;
        bool Usable(SentenceFeatures f) => f.IsSentence && !f.IsExploring && !f.Brag && !f.FeatureList && f.Question != QuestionKind.Closing;
        var strong = answer.Indexes(f => Usable(f) && ((f.Outcome && (f.Number || f.NamedProof)) || (f.Proof && f.Number)));
        var outcome = answer.Indexes(f => Usable(f) && f.Outcome);
        var proof = answer.Indexes(f => Usable(f) && f.Proof);
        var number = answer.Indexes(f => Usable(f) && f.Number && !f.ProductClaim);
        if (strong.Count > 0 || (outcome.Count > 0 && proof.Count > 0 && number.Count > 0))
        {
            return CriterionVerdict.Met("You backed the value with evidence.", answer.Quotes(strong.Concat(proof).Concat(number)), better);
        }

        if (outcome.Count > 0 || proof.Count > 0 || number.Count > 0)
        {
            var reason = outcome.Count > 0
                ? "A claim without proof: add a number or a customer example."
                : "Proof without the outcome it bought: say what changed for them.";
            return CriterionVerdict.Partly(reason, answer.Quotes(outcome.Concat(proof).Concat(number).Order()), better);
        }

        var credential = answer.First(f => f.IsSentence && f.Credential);
        if (credential >= 0)
        {
            return CriterionVerdict.Partly("A certification claim isn't evidence on its own: offer the report, or a customer who checked it.", [answer.SentenceText(credential)], better);
        }

        var brag = answer.First(f => f.IsSentence && (f.Brag || f.FeatureList));
        if (brag >= 0)
        {
            return CriterionVerdict.Partly("Features and credentials about you, not outcomes for them: say what changes for this buyer.", [answer.SentenceText(brag)], better);
        }

        var hype = answer.First(f => f.Hype);
        if (hype >= 0)
        {
            return CriterionVerdict.Missed("Hype isn't evidence: replace it with a number or a customer result.", [answer.SentenceText(hype)], better);
        }

        var fragment = answer.First(f => f.Fragment && (f.Number || f.Outcome || f.Proof || f.Credential));
        return fragment >= 0
            ? CriterionVerdict.Missed("Numbers and cue words without a sentence aren't evidence: say what changed, for whom, and how you know.", [answer.SentenceText(fragment)], better)
            : CriterionVerdict.Missed("No value or evidence: say what changes for them and how you know.", [], better);
    }

    private static CriterionVerdict Insight(AnswerReading answer, CriterionVerdict evidence)
    {
        var question = answer.ShapeQuestion;
        var story = answer.Indexes(f => f.Story);
        if (story.Count == 0)
        {
            var q = answer.Features[question];
            return q.Specific || q.Tailored || (q.Hypothetical && q.Priority)
                ? CriterionVerdict.Met("Insight before evidence: your question reframes it in their own terms.", [answer.SentenceText(question)], evidence.BetterLine)
                : CriterionVerdict.Partly("A sharp question; tie it to their numbers or words to make it land.", [answer.SentenceText(question)], evidence.BetterLine);
        }

        var concrete = story.Exists(i => answer.Features[i].Number || Concrete(answer, i));
        return concrete
            ? CriterionVerdict.Met("A short story with a concrete outcome is evidence the buyer remembers.", answer.Quotes(story), evidence.BetterLine)
            : CriterionVerdict.Partly("A story helps; give it a concrete outcome (how long, how much).", answer.Quotes(story), evidence.BetterLine);
    }

    private static bool Concrete(AnswerReading answer, int sentence)
    {
        var s = answer.Sentences[sentence];
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (answer.Tokens[i].Kind == TokenKind.Number || Lexicon.NumberWords.Contains(answer.Tokens[i].Value))
            {
                return true;
            }
        }

        return ShapeLexicon.Details.AnyIn(answer.Tokens, s.FirstToken, s.EndToken);
    }
}
