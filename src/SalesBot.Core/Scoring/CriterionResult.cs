namespace SalesBot.Core.Scoring;

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
