namespace SalesBot.Core.Scheduling;

/// <summary>
/// Converts local wall-clock times in an IANA time zone to instants and back, with one documented DST policy (RFC 5545
/// §3.3.5, what calendar clients use for the meetings SalesBot briefs on):
/// <list type="bullet">
/// <item>a local time that is <b>skipped</b> by a spring-forward change is read with the UTC offset from <em>before</em>
/// the gap, so it lands shifted forward by the length of the gap (Europe/Berlin 02:30 on 29 March 2026 → 03:30 CEST,
/// 01:30Z; Australia/Lord_Howe 02:15 on 4 October 2026 → 02:45, a 30-minute gap);</item>
/// <item>a local time that <b>repeats</b> on a fall-back day means its <em>first</em> occurrence (Berlin 02:30 on 25
/// October 2026 → 02:30 CEST, 00:30Z), never both.</item>
/// </list>
/// It works from instants only (<see cref="TimeZoneInfo.GetUtcOffset(DateTimeOffset)"/>), not from
/// <see cref="TimeZoneInfo.IsInvalidTime"/>/<see cref="TimeZoneInfo.ConvertTimeToUtc(DateTime, TimeZoneInfo)"/>, which
/// throw on a skipped time, pick the <em>second</em> occurrence of a repeated time, and misread zones whose tzdata uses
/// negative DST (Europe/Dublin: .NET calls 01:30 on 29 March 2026 valid and maps it to 00:30 local).
/// </summary>
public static class WallClock
{
    // Every UTC offset in use lies within ±14 h, so all instants that can show a given wall-clock time lie within
    // ±14 h of that wall-clock reading taken as UTC; sampling the offsets just outside that window finds the offsets
    // in effect before and after any change near it.
    private static readonly TimeSpan Reach = TimeSpan.FromHours(15);

    /// <summary>The instant (as UTC) the local date and time denote in the zone (skipped → shifted forward by the gap, repeated → first).</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        ToInstant(date.ToDateTime(time), zone);

    /// <summary>
    /// The instant (as UTC) the local wall-clock reading denotes in the zone; the <see cref="DateTime.Kind"/> is ignored.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = Resolve(local, zone).Offset;
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified) - offset, TimeSpan.Zero);
    }

    /// <summary>Whether the local time happens once, never (spring forward) or twice (fall back) in the zone.</summary>
    public static LocalTimeKind Classify(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Resolve(local, zone).Kind;
    }

    /// <summary>The local wall-clock reading of an instant in the zone.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateTime.SpecifyKind(instant.UtcDateTime + zone.GetUtcOffset(instant), DateTimeKind.Unspecified);
    }

    /// <summary>The local date of an instant in the zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(instant, zone));

    /// <summary>The instant the local day <paramref name="date"/> begins (its first existing moment).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone) => ToInstant(date, TimeOnly.MinValue, zone);

    // Returns the kind of the local time and the UTC offset to read it with (local - offset = the instant).
    private static (LocalTimeKind Kind, TimeSpan Offset) Resolve(DateTime local, TimeZoneInfo zone)
    {
        var wall = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        var before = zone.GetUtcOffset(wall - Reach);
        var after = zone.GetUtcOffset(wall + Reach);
        var beforeValid = zone.GetUtcOffset(wall - before) == before;
        if (before == after)
        {
            if (beforeValid)
            {
                return (LocalTimeKind.Normal, before);
            }

            // Two changes within the window that cancel out (never in current tzdata): use the offset in the middle.
            var middle = zone.GetUtcOffset(wall);
            return zone.GetUtcOffset(wall - middle) == middle ? (LocalTimeKind.Normal, middle) : (LocalTimeKind.Skipped, before);
        }

        var afterValid = zone.GetUtcOffset(wall - after) == after;
        return (beforeValid, afterValid) switch
        {
            // Repeated: the first occurrence is the earlier instant, i.e. the one read with the larger offset.
            (true, true) => (LocalTimeKind.Repeated, before > after ? before : after),
            (true, false) => (LocalTimeKind.Normal, before),
            (false, true) => (LocalTimeKind.Normal, after),
            // Skipped: read with the offset from before the gap, i.e. shifted forward by the gap.
            (false, false) => (LocalTimeKind.Skipped, before),
        };
    }
}
