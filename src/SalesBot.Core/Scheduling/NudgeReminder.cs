namespace SalesBot.Core.Scheduling;

/// <summary>A one-off reminder of a snoozed team habit nudge, at a local date and time in the person's zone.</summary>
public sealed record NudgeReminder(string TeamId, DateOnly NudgeDate, DateTime RemindAt);
