namespace SalesBot.Core.Scheduling;

/// <summary>
/// A person's daily quiet period in their local time, [<see cref="Start"/>, <see cref="End"/>); it spans midnight
/// when <see cref="Start"/> is after <see cref="End"/> (22:00–07:00). A nudge that falls inside moves to its end.
/// </summary>
public sealed record QuietHours
{
    public QuietHours(TimeOnly start, TimeOnly end)
    {
        if (start == end)
        {
            throw new ArgumentException("Quiet hours need a start and an end that differ.", nameof(end));
        }

        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public bool Contains(TimeOnly time) => Start < End ? time >= Start && time < End : time >= Start || time < End;

    /// <summary>The local end of the quiet period that contains <paramref name="local"/>, or null when it is not quiet.</summary>
    public DateTime? EndOfPeriodContaining(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (!Contains(time))
        {
            return null;
        }

        var date = DateOnly.FromDateTime(local);
        return (Start > End && time >= Start ? date.AddDays(1) : date).ToDateTime(End);
    }

    /// <summary>The local start of the first quiet period that begins after <paramref name="local"/>.</summary>
    public DateTime NextStartAfter(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var today = date.ToDateTime(Start);
        return today > local ? today : date.AddDays(1).ToDateTime(Start);
    }

    /// <summary>The instant itself, or the end of the quiet period it falls in (local, DST-resolved by <see cref="WallClock"/>).</summary>
    public DateTimeOffset DeferToEnd(DateTimeOffset instant, TimeZoneInfo zone) =>
        EndOfPeriodContaining(WallClock.ToLocal(instant, zone)) is { } end ? WallClock.ToInstant(end, zone) : instant;

    /// <summary>Whether the instant falls in quiet hours in the zone.</summary>
    public bool IsQuietAt(DateTimeOffset instant, TimeZoneInfo zone) => Contains(TimeOnly.FromDateTime(WallClock.ToLocal(instant, zone)));
}
