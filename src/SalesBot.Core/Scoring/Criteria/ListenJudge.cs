using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>Discovery: ask before pitching (a short story is not a pitch).</summary>
internal sealed class ListenJudge : ICriterionJudge
{
    public static readonly ListenJudge Instance = new();

    private const string Better = "Before I show you anything: what prompted you to take this call, and what would make it worth your fifteen minutes?";

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var exploring = answer.First(f => f.IsExploring);
        var pitches = answer.Indexes(f => f.IsPitch && !f.IsExploring && f.IsSentence);
        if (exploring < 0)
        {
            return CriterionVerdict.Missed("You pitched without asking anything.", answer.Quotes(pitches, 1), Better);
        }

        var before = pitches.Count(i => i < exploring);
        if (before == 0 && pitches.Count <= 1)
        {
            return CriterionVerdict.Met("You asked before you pitched.", [answer.SentenceText(exploring)], Better);
        }

        return CriterionVerdict.Partly("You pitched before (or more than) you asked: lead with the questions.", answer.Quotes(pitches, 1), Better);
    }
}
