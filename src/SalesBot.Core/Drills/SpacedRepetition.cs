namespace SalesBot.Core.Drills;

/// <summary>Spacing between drills of a category: a miss is due again at once, each pass pushes it further out.</summary>
public static class SpacedRepetition
{
    private static readonly TimeSpan[] Intervals =
    [
        TimeSpan.Zero,
        TimeSpan.FromDays(1),
        TimeSpan.FromDays(3),
        TimeSpan.FromDays(7),
        TimeSpan.FromDays(14),
        TimeSpan.FromDays(30),
    ];

    public static TimeSpan IntervalAfter(int passStreak) => Intervals[Math.Clamp(passStreak, 0, Intervals.Length - 1)];
}
