namespace SalesBot.Core.Rhythm;

/// <summary>Streaks from habit check-ins: consecutive rotation weeks answered "Done", counted back from the latest answered week.</summary>
public static class HabitStreaks
{
    public static int Streak(IEnumerable<HabitCheckIn> checkIns, string personId)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var weeks = checkIns.Where(c => c.PersonId == personId && c.Status != CheckInStatus.Snoozed)
            .GroupBy(c => c.WeekOf)
            .Select(g => (Week: g.Key, Status: g.OrderBy(c => c.At).Last().Status))
            .OrderByDescending(w => w.Week)
            .ToList();
        var streak = 0;
        DateOnly? expected = null;
        foreach (var (week, status) in weeks)
        {
            if (status != CheckInStatus.Done || (expected is { } e && week != e))
            {
                break;
            }

            streak++;
            expected = week.AddDays(-7);
        }

        return streak;
    }

    public static HabitCheckIn? Last(IEnumerable<HabitCheckIn> checkIns, string personId) =>
        checkIns.Where(c => c.PersonId == personId).OrderBy(c => c.At).LastOrDefault();
}
