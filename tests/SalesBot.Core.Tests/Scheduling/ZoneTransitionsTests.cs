namespace SalesBot.Core.Tests.Scheduling;

/// <summary>
/// The transitions the DST tests run over come from the OS tzdata through TimeZoneInfo; these tests cross-check a
/// handful against published dates, so a wrong enumeration (or a broken tzdata) fails loudly instead of testing nothing.
/// </summary>
public sealed class ZoneTransitionsTests
{
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29", 1, 2)]
    [InlineData("Europe/Berlin", "2026-10-25", 2, 1)]
    [InlineData("America/New_York", "2026-03-08", -5, -4)]
    [InlineData("America/New_York", "2026-11-01", -4, -5)]
    [InlineData("Australia/Sydney", "2026-04-05", 11, 10)]
    [InlineData("Australia/Sydney", "2026-10-04", 10, 11)]
    [InlineData("Pacific/Auckland", "2026-04-05", 13, 12)]
    [InlineData("Pacific/Auckland", "2026-09-27", 12, 13)]
    [InlineData("Europe/London", "2027-03-28", 0, 1)]
    [InlineData("America/New_York", "2028-11-05", -4, -5)]
    public void Find_KnownChange_IsOnItsPublishedLocalDate(string zoneId, string localDate, int hoursBefore, int hoursAfter)
    {
        var date = DateOnly.Parse(localDate, System.Globalization.CultureInfo.InvariantCulture);

        var found = ZoneTransitions.All.Where(t => t.ZoneId == zoneId && DateOnly.FromDateTime(t.Instant.UtcDateTime + t.OffsetBefore) == date).ToArray();

        var transition = Assert.Single(found);
        Assert.Equal(TimeSpan.FromHours(hoursBefore), transition.OffsetBefore);
        Assert.Equal(TimeSpan.FromHours(hoursAfter), transition.OffsetAfter);
    }

    [Fact]
    public void Find_LordHowe_ShiftsByThirtyMinutes()
    {
        var transitions = ZoneTransitions.All.Where(t => t.ZoneId == "Australia/Lord_Howe").ToArray();

        Assert.Equal(6, transitions.Length);
        Assert.All(transitions, t => Assert.Equal(TimeSpan.FromMinutes(30), t.Length));
        Assert.Contains(transitions, t => t.IsGap && t.WindowStart == new DateTime(2026, 10, 4, 2, 0, 0));
    }

    [Fact]
    public void Find_Santiago_ChangesAtLocalMidnight()
    {
        var transitions = ZoneTransitions.All.Where(t => t.ZoneId == "America/Santiago").ToArray();

        // September: 00:00 → 01:00 on Sunday (a gap at midnight); April: 24:00 → 23:00 on Saturday (Saturday 23:xx repeats).
        Assert.Contains(transitions, t => t.IsGap && t.WindowStart == new DateTime(2026, 9, 6, 0, 0, 0));
        Assert.Contains(transitions, t => !t.IsGap && t.WindowStart == new DateTime(2026, 4, 4, 23, 0, 0));
    }

    [Theory]
    [InlineData("Europe/Berlin", 6)]
    [InlineData("America/New_York", 6)]
    [InlineData("Australia/Sydney", 6)]
    [InlineData("Pacific/Auckland", 6)]
    [InlineData("Europe/London", 6)]
    [InlineData("America/Santiago", 6)]
    [InlineData("Australia/Lord_Howe", 6)]
    [InlineData("Europe/Dublin", 6)]
    public void Find_ZoneWithDst_HasTwoChangesAYear(string zoneId, int expected)
    {
        var transitions = ZoneTransitions.All.Where(t => t.ZoneId == zoneId).ToArray();

        Assert.Equal(expected, transitions.Length);
        Assert.Equal(3, transitions.Count(t => t.IsGap));
        Assert.Equal(3, transitions.Count(t => !t.IsGap));
    }

    /// <summary>
    /// Asia/Tehran dropped DST in 2022 and America/Sao_Paulo in 2019 (tzdata 2022b / 2019b); Arizona and India never
    /// observe it. The OS tzdata must agree, or the "no shift" assertions elsewhere would test the wrong thing.
    /// </summary>
    [Theory]
    [InlineData("America/Phoenix", -7, 0)]
    [InlineData("Asia/Kolkata", 5, 30)]
    [InlineData("America/Sao_Paulo", -3, 0)]
    [InlineData("Asia/Tehran", 3, 30)]
    public void Find_ZoneWithoutDst_HasNoChangeAndOneOffset(string zoneId, int hours, int minutes)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var expected = new TimeSpan(hours, hours < 0 ? -minutes : minutes, 0);

        Assert.DoesNotContain(ZoneTransitions.All, t => t.ZoneId == zoneId);
        for (var t = ZoneTransitions.From; t < ZoneTransitions.To; t = t.AddDays(1))
        {
            Assert.Equal(expected, zone.GetUtcOffset(t));
        }
    }
}
