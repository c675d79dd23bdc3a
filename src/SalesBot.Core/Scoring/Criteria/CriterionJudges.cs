namespace SalesBot.Core.Scoring.Criteria;

/// <summary>Which judge decides each criterion of each profile.</summary>
internal static class CriterionJudges
{
    public static ICriterionJudge For(string criterion, RubricProfile profile) => (criterion, profile) switch
    {
        (Rubric.Acknowledge, _) => AcknowledgeJudge.Instance,
        (Rubric.Explore, RubricProfile.Discovery) => DiscoveryExploreJudge.Instance,
        (Rubric.Explore, _) => ExploreJudge.Instance,
        (Rubric.Value, _) => ValueJudge.Instance,
        (Rubric.Method, _) => MethodJudge.Instance,
        (Rubric.Tailor, _) => TailorJudge.Instance,
        (Rubric.Control, RubricProfile.Discovery) => DiscoveryNextStepJudge.Instance,
        (Rubric.Control, _) => NextStepJudge.Instance,
        (Rubric.Concise, _) => ConciseJudge.Instance,
        (Rubric.Listen, _) => ListenJudge.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };
}
