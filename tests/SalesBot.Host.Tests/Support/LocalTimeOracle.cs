namespace SalesBot.Host.Tests.Support;

/// <summary>
/// The documented DST policy computed by brute force from TimeZoneInfo's offsets (independent of Core's WallClock): a
/// local time that exists once is that instant; one that repeats is its first pass (the earliest instant); one skipped by
/// a spring-forward change is read with the offset from before the gap (the smaller one), i.e. shifted forward by the gap.
/// </summary>
public static class LocalTimeOracle
{
    public static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        var offsets = new HashSet<TimeSpan>();
        for (var probe = wall.AddHours(-30); probe <= wall.AddHours(30); probe = probe.AddMinutes(15))
        {
            offsets.Add(zone.GetUtcOffset(probe));
        }

        var valid = offsets.Where(o => zone.GetUtcOffset(wall - o) == o).Select(o => wall - o).ToList();
        return valid.Count > 0 ? valid.Min() : wall - offsets.Min();
    }

    /// <summary>Whether the local time is skipped (a gap) or happens twice (an overlap) in the zone.</summary>
    public static (bool Gap, bool Overlap) Classify(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        var offsets = new HashSet<TimeSpan>();
        for (var probe = wall.AddHours(-30); probe <= wall.AddHours(30); probe = probe.AddMinutes(15))
        {
            offsets.Add(zone.GetUtcOffset(probe));
        }

        var valid = offsets.Count(o => zone.GetUtcOffset(wall - o) == o);
        return (valid == 0, valid > 1);
    }

    /// <summary>The local time in the middle of the zone's first skipped and first repeated window in a year, or null.</summary>
    public static (TimeOnly? Gap, TimeOnly? Overlap) Windows(TimeZoneInfo zone, int year)
    {
        ArgumentNullException.ThrowIfNull(zone);
        TimeOnly? gap = null;
        TimeOnly? overlap = null;
        var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var previous = zone.GetUtcOffset(from);
        for (var t = from.AddMinutes(15); t.Year == year; t = t.AddMinutes(15))
        {
            var offset = zone.GetUtcOffset(t);
            if (offset == previous)
            {
                continue;
            }

            var isGap = offset > previous;
            var start = t.UtcDateTime + (isGap ? previous : offset);
            var middle = TimeOnly.FromDateTime(start + ((offset - previous).Duration() / 2));
            if (isGap)
            {
                gap ??= middle;
            }
            else
            {
                overlap ??= middle;
            }

            previous = offset;
        }

        return (gap, overlap);
    }
}
