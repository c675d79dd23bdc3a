using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>Tailor to the buyer: their numbers, company, people and tools, in sentences (not a list of their words).</summary>
internal sealed class TailorJudge : ICriterionJudge
{
    public static readonly TailorJudge Instance = new();

    private static readonly HashSet<string> GenericYour = new(StringComparer.Ordinal)
    {
        "concern", "concerns", "question", "questions", "point", "time", "feedback", "situation", "perspective", "position", "side",
        "shoes", "mind", "thoughts", "take", "view", "call", "business", "company", "needs", "money", "budget", "price", "decision",
        "interest", "patience", "honesty", "frustration", "worry", "way", "end", "own", "convenience", "inbox", "email", "loss",
        "problem", "fault", "people",
    };

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var buyer = answer.Buyer;
        var matches = 0;
        var yours = new HashSet<string>(StringComparer.Ordinal);
        var facts = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < answer.Sentences.Count; s++)
        {
            if (!answer.Features[s].IsSentence)
            {
                continue;
            }

            var sentence = answer.Sentences[s];
            buyer.CollectMatches(answer.Tokens, sentence.FirstToken, sentence.EndToken, facts);
            CollectYourPhrases(answer.Tokens, sentence.FirstToken, sentence.EndToken, yours);
        }

        matches = facts.Count;
        var evidence = answer.Quotes(answer.Indexes(f => f.Tailored && f.IsSentence));
        var better = buyer.Examples.Length > 0
            ? $"Use their world: bring in {string.Join(", ", buyer.Examples.Select(e => $"\"{e}\""))}."
            : "Use their world: repeat a fact they gave you (a number, a deadline, their current tool).";
        if (matches >= 2 || (matches >= 1 && yours.Count >= 1) || yours.Count >= 3)
        {
            return CriterionVerdict.Met("You tied it to their situation.", evidence, better);
        }

        return matches >= 1 || yours.Count >= 1
            ? CriterionVerdict.Partly("Somewhat generic: one nod to their situation.", evidence, better)
            : CriterionVerdict.Missed("Generic: nothing about their company, numbers or people.", [], better);
    }

    private static void CollectYourPhrases(IReadOnlyList<Token> tokens, int from, int to, HashSet<string> seen)
    {
        for (var i = from; i + 1 < to; i++)
        {
            if (tokens[i].Value == "your" && tokens[i + 1].Kind == TokenKind.Word)
            {
                var next = tokens[i + 1].Value;
                if (next == "team" || (!GenericYour.Contains(next) && !Lexicon.StopWords.Contains(next)))
                {
                    seen.Add(next);
                }
            }
        }
    }
}
