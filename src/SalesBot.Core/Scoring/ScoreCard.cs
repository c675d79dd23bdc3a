namespace SalesBot.Core.Scoring;

/// <summary>The explainable result of scoring one answer. Code decides the total and pass/fail from the criteria.</summary>
public sealed record ScoreCard
{
    public required string RubricVersion { get; init; }
    public required RubricProfile Profile { get; init; }
    public required int Overall { get; init; }
    public required int PassMark { get; init; }
    public required bool Passed { get; init; }
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }
    public IReadOnlyList<BlockerHit> Blockers { get; init; } = [];
    public IReadOnlyList<Penalty> Penalties { get; init; } = [];
    public int WordCount { get; init; }

    /// <summary>Scored, or left unscored (and why).</summary>
    public ScoreOutcome Outcome { get; init; } = ScoreOutcome.Scored;

    /// <summary>The language the answer was read as (ISO 639-1).</summary>
    public string Language { get; init; } = "en";

    /// <summary>What to tell the seller instead of a score, or about a cap on the score (a monologue).</summary>
    public string? Notice { get; init; }

    public bool IsScored => Outcome == ScoreOutcome.Scored;

    public IEnumerable<CriterionResult> Missing => Criteria.Where(c => c.Status != CriterionStatus.Met);
}
