using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>The category's method (e.g. price: isolate and reframe to value), from its cues in well-formed sentences.</summary>
internal sealed class MethodJudge : ICriterionJudge
{
    public static readonly MethodJudge Instance = new();

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var category = answer.Category!;
        var method = category.Source.Method;
        // Distinct cues, each counted once and at most one per position; fragments ("Business case. ROI.") count for nothing.
        var matched = new List<(string Cue, int Token, int Sentence)>();
        for (var s = 0; s < answer.Sentences.Count; s++)
        {
            if (!answer.Features[s].IsSentence)
            {
                continue;
            }

            var sentence = answer.Sentences[s];
            foreach (var (cue, at) in category.Method.Matches(answer.Tokens, sentence.FirstToken, sentence.EndToken))
            {
                if (matched.TrueForAll(m => m.Token != at && m.Cue != cue.Phrase))
                {
                    matched.Add((cue.Phrase, at, s));
                }
            }
        }

        var reasons = category.MethodReasons;
        return matched.Count switch
        {
            >= 2 => CriterionVerdict.Met(reasons.Met, answer.Quotes(matched.Select(m => m.Sentence)), method.BetterLine),
            1 => CriterionVerdict.Partly(reasons.Partly, [answer.SentenceText(matched[0].Sentence)], method.BetterLine),
            _ => CriterionVerdict.Missed(reasons.Missed, [], method.BetterLine),
        };
    }
}
