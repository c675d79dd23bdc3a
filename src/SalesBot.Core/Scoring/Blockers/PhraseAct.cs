using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// A table-driven act: a list of <see cref="ActPattern"/>s checked against each sentence, skipping words that are negated
/// in their clause ("I'm not going to cut the price") or quoted ("you asked for our 'best price'").
/// </summary>
internal abstract class PhraseAct : IBlockerAct
{
    private static readonly CueSet PriceWords = CuePattern.Compile(
    [
        "price", "prices", "pricing", "cost", "costs", "fee", "fees", "quote", "budget", "spend", "number", "discount", "licence",
        "license", "rate", "$", "£", "€", "cheaper", "expensive",
    ]);

    private CueSet? _trigger;

    public abstract string Id { get; }

    public abstract string Description { get; }

    /// <summary>The patterns of this act; the first part of each is what the cue scan looks for.</summary>
    public abstract IReadOnlyList<ActPattern> Patterns { get; }

    /// <summary>Every first-part phrase, scanned once per answer with the other cue sets.</summary>
    public CueSet Trigger => _trigger ??= CuePattern.Compile(Patterns.SelectMany(p => p.First.Phrases).Distinct(StringComparer.Ordinal));

    public abstract string BetterLine(AnswerReading answer);

    public virtual ActMatch? Find(AnswerReading answer, IReadOnlyList<ActPattern> extra)
    {
        var tokens = answer.Tokens;
        for (var s = 0; s < answer.Sentences.Count; s++)
        {
            var sentence = answer.Sentences[s];
            var triggered = Trigger.AnyIn(tokens, sentence.FirstToken, sentence.EndToken);
            if (!triggered && extra.Count == 0)
            {
                continue;
            }

            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (triggered && Trigger.MatchesAt(tokens, i, sentence.EndToken) && TryPatterns(answer, Patterns, s, i) is { } match)
                {
                    return match;
                }

                if (extra.Count > 0 && TryPatterns(answer, extra, s, i) is { } content)
                {
                    return content;
                }
            }
        }

        return null;
    }

    /// <summary>An act-specific check on a candidate match (e.g. a target the act is about).</summary>
    protected virtual bool Accept(AnswerReading answer, ActMatch match) => true;

    private ActMatch? TryPatterns(AnswerReading answer, IReadOnlyList<ActPattern> patterns, int s, int i)
    {
        var tokens = answer.Tokens;
        var sentence = answer.Sentences[s];
        for (var p = 0; p < patterns.Count; p++)
        {
            var pattern = patterns[p];
            var end = pattern.MatchAt(tokens, i, sentence.EndToken);
            if (end < 0 || (!pattern.InQuestions && answer.Features[s].Question != QuestionKind.None))
            {
                continue;
            }

            var scope = answer.Scope;
            if ((pattern.AtClauseStart && scope.ClauseStart(i) != i && i != sentence.FirstToken)
                || (!pattern.IgnoresNegation && scope.IsNegated(tokens, i))
                || scope.IsQuoted(i, end)
                || (pattern.NeedsPriceTalk && !TalksPrice(answer, s)))
            {
                continue;
            }

            var match = new ActMatch(s, i, end);
            if (Accept(answer, match))
            {
                return match;
            }
        }

        return null;
    }

    private static bool TalksPrice(AnswerReading answer, int s)
    {
        if (answer.Category?.Source.Id is "price" or "competitor")
        {
            return true;
        }

        for (var k = Math.Max(0, s - 1); k <= Math.Min(answer.Sentences.Count - 1, s + 1); k++)
        {
            if (PriceWords.AnyIn(answer.Tokens, answer.Sentences[k].FirstToken, answer.Sentences[k].EndToken))
            {
                return true;
            }
        }

        return false;
    }
}
