namespace SalesBot.Core.Scheduling;

/// <summary>
/// Which habit a team's nudge carries in a week: weeks are counted Monday to Monday from the team's rotation anchor,
/// so the rotation depends only on stored dates (stable across restarts, instances and day/time changes) and every
/// member gets the same habit in the same local week. Not the ISO week number modulo 4: a 53-week ISO year (2026)
/// would repeat a habit across New Year.
/// </summary>
public static class HabitRotation
{
    public static HabitOfTheWeek For(DateOnly rotationAnchor, DateOnly occurrenceDate)
    {
        var week = FloorDivide(MondayOf(occurrenceDate).DayNumber - MondayOf(rotationAnchor).DayNumber, 7);
        var habits = HabitCatalog.All;
        var habit = habits[Modulo(week, habits.Count)];
        var cycle = FloorDivide(week, habits.Count);
        return new HabitOfTheWeek(week, habit, habit.MicroActions[Modulo(cycle, habit.MicroActions.Count)]);
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static int FloorDivide(int value, int divisor) => (int)Math.Floor(value / (double)divisor);

    private static int Modulo(int value, int divisor) => ((value % divisor) + divisor) % divisor;
}
