namespace SalesBot.Core.Scoring;

/// <summary>Points taken off for a behaviour that hurts but doesn't fail the answer (e.g. hype).</summary>
public sealed record Penalty(string Id, string Description, int Points, string Evidence);
