using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>Hype ("best", "#1", "game-changer") costs credibility: 5 points per sentence, at most 10.</summary>
internal static class HypePenalty
{
    public static IReadOnlyList<Penalty> Find(AnswerReading answer)
    {
        var hype = answer.Indexes(f => f.Hype);
        return hype.Count == 0
            ? []
            : [new Penalty("hype", "Hype without evidence (\"best\", \"#1\", \"game-changer\") costs credibility", Math.Min(2, hype.Count) * 5, Quote.Of(answer.SentenceText(hype[0])))];
    }
}
