namespace SalesBot.Core.Tests.Scheduling;

/// <summary>
/// Enumerates a zone's offset changes from the OS tzdata through TimeZoneInfo itself (not a hand-written list): the
/// offset is sampled every 30 minutes and each change is narrowed down to the minute.
/// </summary>
internal static class ZoneTransitions
{
    /// <summary>The zones the scheduling tests cover: the eight from issue 10 plus London, Santiago (changes at local midnight),
    /// Lord Howe (a 30-minute change) and Dublin (tzdata's negative DST, which .NET's own invalid/ambiguous checks misread).</summary>
    public static readonly string[] Zones =
    [
        "Europe/Berlin", "America/New_York", "America/Phoenix", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo",
        "Pacific/Auckland", "Asia/Tehran", "Europe/London", "America/Santiago", "Australia/Lord_Howe", "Europe/Dublin",
    ];

    public static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset To = new(2029, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IReadOnlyList<ZoneTransition>> AllTransitions = new(() => Zones.SelectMany(z => Find(z, From, To)).ToArray());

    /// <summary>Every transition of every covered zone in 2026–2028.</summary>
    public static IReadOnlyList<ZoneTransition> All => AllTransitions.Value;

    public static IReadOnlyList<ZoneTransition> Find(string zoneId, DateTimeOffset from, DateTimeOffset to)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var step = TimeSpan.FromMinutes(30);
        var result = new List<ZoneTransition>();
        var previous = zone.GetUtcOffset(from);
        for (var t = from + step; t <= to; t += step)
        {
            var offset = zone.GetUtcOffset(t);
            if (offset == previous)
            {
                continue;
            }

            // The change happened in (t - step, t]: find the first minute with the new offset.
            var low = t - step;
            var high = t;
            while (high - low > TimeSpan.FromMinutes(1))
            {
                var middle = low + TimeSpan.FromMinutes(Math.Floor((high - low).TotalMinutes / 2));
                if (zone.GetUtcOffset(middle) == previous)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            result.Add(new ZoneTransition(zoneId, high, previous, offset));
            previous = offset;
        }

        return result;
    }

    /// <summary>Theory data: one row per transition (zone id, UTC instant).</summary>
    public static TheoryData<string, DateTime> Rows(Func<ZoneTransition, bool>? filter = null)
    {
        var data = new TheoryData<string, DateTime>();
        foreach (var transition in All.Where(filter ?? (_ => true)))
        {
            data.Add(transition.ZoneId, transition.Instant.UtcDateTime);
        }

        return data;
    }

    public static ZoneTransition Get(string zoneId, DateTime instantUtc) =>
        All.Single(t => t.ZoneId == zoneId && t.Instant.UtcDateTime == DateTime.SpecifyKind(instantUtc, DateTimeKind.Utc));
}
