namespace SalesBot.Core.Scheduling;

/// <summary>A manager habit with its micro-actions; successive cycles of the rotation use the next one, so a team does not get the same ask every four weeks.</summary>
public sealed record Habit(HabitKind Kind, string Title, IReadOnlyList<MicroAction> MicroActions);
