using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>Judges one rubric criterion from a read answer.</summary>
internal interface ICriterionJudge
{
    CriterionVerdict Judge(AnswerReading answer);
}
