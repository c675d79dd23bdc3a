namespace SalesBot.Core.Drills;

/// <summary>One scored answer in a category: the raw material for proficiency.</summary>
public sealed record Attempt(DateTimeOffset At, int Score, bool Passed, string PhrasingId, string RubricVersion);
