namespace SalesBot.Core.Scoring;

/// <summary>How well an answer showed one behaviour.</summary>
public enum CriterionStatus
{
    Missed,
    Partly,
    Met,
}

/// <summary>The rubric profile a step is scored with.</summary>
public enum RubricProfile
{
    Objection,
    Discovery,
    Close,
}

/// <summary>One criterion's verdict, with the seller's own words as evidence and a better line when it was not met.</summary>
public sealed record CriterionResult
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int Weight { get; init; }
    public required CriterionStatus Status { get; init; }
    public required int Points { get; init; }
    public required string Reason { get; init; }
    public IReadOnlyList<string> Evidence { get; init; } = [];
    public string? BetterLine { get; init; }
}

/// <summary>A behaviour that fails the answer regardless of points (discount first, bashing, pressure, arguing).</summary>
public sealed record BlockerHit(string Id, string Description, string Evidence, string BetterLine);

/// <summary>Points taken off for a behaviour that hurts but doesn't fail the answer (e.g. hype).</summary>
public sealed record Penalty(string Id, string Description, int Points, string Evidence);

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

    public IEnumerable<CriterionResult> Missing => Criteria.Where(c => c.Status != CriterionStatus.Met);
}
