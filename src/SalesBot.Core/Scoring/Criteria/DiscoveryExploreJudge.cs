using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>Discovery: questions that dig into the buyer's situation, ideally about impact.</summary>
internal sealed class DiscoveryExploreJudge : ICriterionJudge
{
    public static readonly DiscoveryExploreJudge Instance = new();

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var better = BetterLines.For(answer, Rubric.Explore);
        var exploring = answer.Indexes(f => f.IsExploring);
        var evidence = answer.Quotes(exploring);
        if (exploring.Count >= 2 || exploring.Exists(i => answer.Features[i].Implication || answer.Features[i].Sharp))
        {
            return CriterionVerdict.Met("You asked questions that dig into their situation.", evidence, better);
        }

        return exploring.Count == 1
            ? CriterionVerdict.Partly("One question is a start; ask about impact too (\"what does that cost you?\").", evidence, better)
            : CriterionVerdict.Missed("No discovery question: find out about their situation before you say anything about yours.", [], better);
    }
}
