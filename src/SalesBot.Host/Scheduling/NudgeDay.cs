namespace SalesBot.Host.Scheduling;

/// <summary>The occurrence that took a person's one nudge of a local day (a conditional create backs the planner's daily cap).</summary>
internal sealed record NudgeDay(string Key, DateOnly Date);
