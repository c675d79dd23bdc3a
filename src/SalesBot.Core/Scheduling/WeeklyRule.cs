namespace SalesBot.Core.Scheduling;

/// <summary>
/// A local wall-clock rule: every week (or every other week) on the weekday of <see cref="FirstDate"/> at
/// <see cref="Time"/>, starting on <see cref="FirstDate"/> (the anchor of a biweekly rule). Dates only: the time zone
/// belongs to whoever the rule is evaluated for, and <see cref="WallClock"/> turns a date and time into an instant.
/// </summary>
public sealed record WeeklyRule
{
    public WeeklyRule(DateOnly firstDate, TimeOnly time, Cadence cadence = Cadence.Weekly)
    {
        if (!Enum.IsDefined(cadence))
        {
            throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Weekly or biweekly.");
        }

        FirstDate = firstDate;
        Time = time;
        Cadence = cadence;
    }

    /// <summary>The first occurrence; every later one is a whole number of intervals after it.</summary>
    public DateOnly FirstDate { get; }

    /// <summary>Local wall-clock time of day.</summary>
    public TimeOnly Time { get; }

    public Cadence Cadence { get; }

    public DayOfWeek Day => FirstDate.DayOfWeek;

    public int IntervalDays => 7 * (int)Cadence;

    /// <summary>A rule on <paramref name="day"/> whose first occurrence is the first such day on or after <paramref name="onOrAfter"/>.</summary>
    public static WeeklyRule Starting(DayOfWeek day, TimeOnly time, DateOnly onOrAfter, Cadence cadence = Cadence.Weekly) =>
        new(NextOnOrAfter(onOrAfter, day), time, cadence);

    /// <summary>The first <paramref name="day"/> on or after <paramref name="date"/>.</summary>
    public static DateOnly NextOnOrAfter(DateOnly date, DayOfWeek day) => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);

    public bool OccursOn(DateOnly date) => date >= FirstDate && (date.DayNumber - FirstDate.DayNumber) % IntervalDays == 0;

    /// <summary>The first occurrence on or after <paramref name="date"/>.</summary>
    public DateOnly FirstOnOrAfter(DateOnly date)
    {
        if (date <= FirstDate)
        {
            return FirstDate;
        }

        var intervals = (date.DayNumber - FirstDate.DayNumber + IntervalDays - 1) / IntervalDays;
        return FirstDate.AddDays(intervals * IntervalDays);
    }

    /// <summary>The last occurrence strictly before <paramref name="date"/>, if any.</summary>
    public DateOnly? LastBefore(DateOnly date)
    {
        if (date <= FirstDate)
        {
            return null;
        }

        var intervals = (date.DayNumber - FirstDate.DayNumber - 1) / IntervalDays;
        return FirstDate.AddDays(intervals * IntervalDays);
    }

    /// <summary>Occurrence dates in [<paramref name="from"/>, <paramref name="toExclusive"/>), ascending.</summary>
    public IEnumerable<DateOnly> DatesBetween(DateOnly from, DateOnly toExclusive)
    {
        for (var date = FirstOnOrAfter(from); date < toExclusive; date = date.AddDays(IntervalDays))
        {
            yield return date;
        }
    }
}
