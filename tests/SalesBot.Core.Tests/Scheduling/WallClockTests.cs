using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

public sealed class WallClockTests
{
    private static readonly TimeZoneInfo Berlin = TimeZones.Find("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZones.Find("America/New_York");

    public static TheoryData<string, DateTime> Transitions => ZoneTransitions.Rows();

    [Fact]
    public void ToInstant_SkippedTimeInBerlin_IsShiftedForwardByTheGap()
    {
        var instant = WallClock.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant);
        Assert.Equal(new DateTime(2026, 3, 29, 3, 30, 0), WallClock.ToLocal(instant, Berlin));
    }

    [Fact]
    public void ToInstant_RepeatedTimeInBerlin_IsTheFirstPass()
    {
        var instant = WallClock.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.FromHours(2), Berlin.GetUtcOffset(instant));
    }

    [Fact]
    public void ToInstant_RepeatedTimeInNewYork_IsTheEdtPass()
    {
        var instant = WallClock.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(1, 30), NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void ToInstant_LordHoweHalfHourGap_ShiftsByThirtyMinutes()
    {
        var zone = TimeZones.Find("Australia/Lord_Howe");

        var instant = WallClock.ToInstant(new DateOnly(2026, 10, 4), new TimeOnly(2, 15), zone);

        Assert.Equal(new DateTime(2026, 10, 4, 2, 45, 0), WallClock.ToLocal(instant, zone));
    }

    [Fact]
    public void ToInstant_SantiagoMidnightGap_LandsAtOneThirty()
    {
        var zone = TimeZones.Find("America/Santiago");

        var instant = WallClock.ToInstant(new DateOnly(2026, 9, 6), new TimeOnly(0, 30), zone);

        Assert.Equal(new DateTime(2026, 9, 6, 1, 30, 0), WallClock.ToLocal(instant, zone));
        Assert.Equal(new DateTimeOffset(2026, 9, 6, 1, 0, 0, TimeSpan.Zero).AddHours(3).AddMinutes(30), instant);
    }

    /// <summary>
    /// Europe/Dublin is stored in tzdata with negative DST (winter GMT is the "daylight" offset). .NET's own
    /// IsInvalidTime and ConvertTimeToUtc get its spring gap wrong: 01:30 on 29 March 2026 never happens in Dublin
    /// (01:00 GMT → 02:00 IST), yet .NET calls it valid and maps it to 00:30Z (00:30 local). WallClock works from
    /// instants and gets it right.
    /// </summary>
    [Fact]
    public void Classify_DublinNegativeDstGap_IsSkippedWhereDotNetSaysValid()
    {
        var dublin = TimeZones.Find("Europe/Dublin");
        var local = new DateTime(2026, 3, 29, 1, 30, 0);

        Assert.False(dublin.IsInvalidTime(local)); // the .NET misreading this class avoids
        Assert.Equal(LocalTimeKind.Skipped, WallClock.Classify(local, dublin));
        Assert.Equal(new DateTime(2026, 3, 29, 2, 30, 0), WallClock.ToLocal(WallClock.ToInstant(local, dublin), dublin));
    }

    [Fact]
    public void ConvertTimeToUtc_AmbiguousBerlinTime_PicksTheSecondPassUnlikeWallClock()
    {
        var local = new DateTime(2026, 10, 25, 2, 30, 0);

        var dotnet = TimeZoneInfo.ConvertTimeToUtc(local, Berlin);
        var ours = WallClock.ToInstant(local, Berlin);

        Assert.Equal(new DateTime(2026, 10, 25, 1, 30, 0, DateTimeKind.Utc), dotnet);
        Assert.Equal(dotnet.AddHours(-1), ours.UtcDateTime);
    }

    [Theory]
    [InlineData("2026-07-01T10:00:00", "2026-07-01T08:00:00")]
    [InlineData("2026-01-15T10:00:00", "2026-01-15T09:00:00")]
    [InlineData("2026-03-29T01:59:00", "2026-03-29T00:59:00")]
    [InlineData("2026-03-29T03:00:00", "2026-03-29T01:00:00")]
    [InlineData("2026-10-25T01:59:00", "2026-10-24T23:59:00")]
    [InlineData("2026-10-25T03:00:00", "2026-10-25T02:00:00")]
    public void ToInstant_NormalTimes_UseTheOffsetInEffect(string local, string expectedUtc)
    {
        var instant = WallClock.ToInstant(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), Berlin);

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    /// <summary>
    /// Every 5 minutes from two hours before to three hours after each transition's window: normal times read back as
    /// themselves, skipped times read back shifted forward by the gap, repeated times give the first pass (and the
    /// second pass really exists); the classification matches TimeZoneInfo's except for Dublin (see above).
    /// </summary>
    [Theory]
    [MemberData(nameof(Transitions))]
    public void ToInstant_AroundEachTransition_FollowsThePolicy(string zoneId, DateTime instantUtc)
    {
        var transition = ZoneTransitions.Get(zoneId, instantUtc);
        var zone = transition.Zone;
        var windowEnd = transition.WindowStart + transition.Length;

        for (var local = transition.WindowStart.AddHours(-2); local <= transition.WindowStart.AddHours(3); local = local.AddMinutes(5))
        {
            var inWindow = local >= transition.WindowStart && local < windowEnd;
            var kind = WallClock.Classify(local, zone);
            var instant = WallClock.ToInstant(local, zone);
            var readBack = WallClock.ToLocal(instant, zone);

            if (!inWindow)
            {
                Assert.Equal(LocalTimeKind.Normal, kind);
                Assert.Equal(local, readBack);
            }
            else if (transition.IsGap)
            {
                Assert.Equal(LocalTimeKind.Skipped, kind);
                Assert.Equal(local + transition.Length, readBack);
                Assert.Equal(local - transition.OffsetBefore, instant.UtcDateTime);
            }
            else
            {
                Assert.Equal(LocalTimeKind.Repeated, kind);
                Assert.Equal(local, readBack);
                Assert.Equal(transition.OffsetBefore, zone.GetUtcOffset(instant));
                Assert.Equal(local, WallClock.ToLocal(instant + transition.Length, zone));
            }

            if (zoneId != "Europe/Dublin")
            {
                Assert.Equal(kind == LocalTimeKind.Skipped, zone.IsInvalidTime(local));
                Assert.Equal(kind == LocalTimeKind.Repeated, zone.IsAmbiguousTime(local));
            }
        }
    }

    [Fact]
    public void StartOfDay_SantiagoSpringForward_IsOneOClock()
    {
        var zone = TimeZones.Find("America/Santiago");

        var start = WallClock.StartOfDay(new DateOnly(2026, 9, 6), zone);

        Assert.Equal(new DateTime(2026, 9, 6, 1, 0, 0), WallClock.ToLocal(start, zone));
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/Los_Angeles", true)]
    [InlineData("Etc/UTC", true)]
    [InlineData("W. Europe Standard Time", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryFind_OnlyIanaIds_AreAccepted(string? id, bool expected)
    {
        Assert.Equal(expected, TimeZones.TryFind(id, out _));
    }
}
