using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0));

    [Theory]
    [InlineData(21, 59, false)]
    [InlineData(22, 0, true)]
    [InlineData(23, 30, true)]
    [InlineData(0, 0, true)]
    [InlineData(6, 59, true)]
    [InlineData(7, 0, false)]
    [InlineData(12, 0, false)]
    public void Contains_Overnight_SpansMidnight(int hour, int minute, bool expected)
    {
        Assert.Equal(expected, Night.Contains(new TimeOnly(hour, minute)));
    }

    [Fact]
    public void Contains_Daytime_IsBetweenStartAndEnd()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(13, 0));

        Assert.True(lunch.Contains(new TimeOnly(12, 30)));
        Assert.False(lunch.Contains(new TimeOnly(13, 0)));
        Assert.False(lunch.Contains(new TimeOnly(11, 59)));
    }

    [Fact]
    public void EndOfPeriodContaining_LateEvening_IsNextMorning()
    {
        Assert.Equal(new DateTime(2026, 6, 2, 7, 0, 0), Night.EndOfPeriodContaining(new DateTime(2026, 6, 1, 23, 0, 0)));
        Assert.Equal(new DateTime(2026, 6, 1, 7, 0, 0), Night.EndOfPeriodContaining(new DateTime(2026, 6, 1, 5, 0, 0)));
        Assert.Null(Night.EndOfPeriodContaining(new DateTime(2026, 6, 1, 9, 0, 0)));
    }

    [Fact]
    public void DeferToEnd_QuietEndInSpringForwardGap_LandsShiftedForward()
    {
        var berlin = TimeZones.Find("Europe/Berlin");
        var quiet = new QuietHours(new TimeOnly(23, 0), new TimeOnly(2, 30));
        var midnight = WallClock.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(0, 30), berlin);

        var end = quiet.DeferToEnd(midnight, berlin);

        Assert.Equal(new DateTime(2026, 3, 29, 3, 30, 0), WallClock.ToLocal(end, berlin));
    }

    [Fact]
    public void NextStartAfter_AfterTodaysStart_IsTomorrow()
    {
        Assert.Equal(new DateTime(2026, 6, 1, 22, 0, 0), Night.NextStartAfter(new DateTime(2026, 6, 1, 9, 0, 0)));
        Assert.Equal(new DateTime(2026, 6, 2, 22, 0, 0), Night.NextStartAfter(new DateTime(2026, 6, 1, 22, 0, 0)));
    }

    [Fact]
    public void Constructor_SameStartAndEnd_Throws()
    {
        Assert.Throws<ArgumentException>(() => new QuietHours(new TimeOnly(7, 0), new TimeOnly(7, 0)));
    }
}
