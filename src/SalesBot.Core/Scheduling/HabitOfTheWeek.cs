namespace SalesBot.Core.Scheduling;

/// <summary>The habit and micro-action a team's nudge carries in one week; <see cref="Week"/> counts weeks from the rotation anchor.</summary>
public sealed record HabitOfTheWeek(int Week, Habit Habit, MicroAction MicroAction);
