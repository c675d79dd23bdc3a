namespace SalesBot.Core.Scoring.Criteria;

/// <summary>A judge's verdict on one criterion: the status, why, the seller's own words, and a better line.</summary>
internal readonly record struct CriterionVerdict(CriterionStatus Status, string Reason, IReadOnlyList<string> Evidence, string BetterLine)
{
    public static CriterionVerdict Met(string reason, IReadOnlyList<string> evidence, string better) => new(CriterionStatus.Met, reason, evidence, better);

    public static CriterionVerdict Partly(string reason, IReadOnlyList<string> evidence, string better) => new(CriterionStatus.Partly, reason, evidence, better);

    public static CriterionVerdict Missed(string reason, IReadOnlyList<string> evidence, string better) => new(CriterionStatus.Missed, reason, evidence, better);
}
