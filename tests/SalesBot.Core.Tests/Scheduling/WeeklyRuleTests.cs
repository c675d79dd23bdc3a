using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

public sealed class WeeklyRuleTests
{
    [Fact]
    public void Starting_MidWeek_PicksTheNextSuchWeekday()
    {
        var rule = WeeklyRule.Starting(DayOfWeek.Monday, new TimeOnly(9, 0), new DateOnly(2026, 6, 3));

        Assert.Equal(new DateOnly(2026, 6, 8), rule.FirstDate);
        Assert.Equal(DayOfWeek.Monday, rule.Day);
    }

    [Fact]
    public void Starting_OnThatWeekday_StartsTheSameDay()
    {
        Assert.Equal(new DateOnly(2026, 6, 1), WeeklyRule.Starting(DayOfWeek.Monday, new TimeOnly(9, 0), new DateOnly(2026, 6, 1)).FirstDate);
    }

    [Fact]
    public void OccursOn_Biweekly_OnlyOnAnchorWeeks()
    {
        var rule = new WeeklyRule(new DateOnly(2026, 6, 2), new TimeOnly(10, 0), Cadence.Biweekly);

        Assert.True(rule.OccursOn(new DateOnly(2026, 6, 2)));
        Assert.False(rule.OccursOn(new DateOnly(2026, 6, 9)));
        Assert.True(rule.OccursOn(new DateOnly(2026, 6, 16)));
        Assert.False(rule.OccursOn(new DateOnly(2026, 5, 19)));
        Assert.False(rule.OccursOn(new DateOnly(2026, 6, 3)));
    }

    [Fact]
    public void DatesBetween_Biweekly_StartsAtTheAnchorAndSkipsOffWeeks()
    {
        var rule = new WeeklyRule(new DateOnly(2026, 6, 2), new TimeOnly(10, 0), Cadence.Biweekly);

        var dates = rule.DatesBetween(new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 15)).ToArray();

        Assert.Equal([new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 16), new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 14)], dates);
    }

    [Theory]
    [InlineData("2026-06-03", "2026-06-16", "2026-06-02")]
    [InlineData("2026-06-16", "2026-06-16", "2026-06-02")]
    [InlineData("2026-06-17", "2026-06-30", "2026-06-16")]
    public void FirstOnOrAfter_LastBefore_FindTheNeighbours(string date, string next, string previous)
    {
        var rule = new WeeklyRule(new DateOnly(2026, 6, 2), new TimeOnly(10, 0), Cadence.Biweekly);
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(next, System.Globalization.CultureInfo.InvariantCulture), rule.FirstOnOrAfter(day));
        Assert.Equal(DateOnly.Parse(previous, System.Globalization.CultureInfo.InvariantCulture), rule.LastBefore(day));
    }

    [Fact]
    public void LastBefore_TheFirstDate_IsNone()
    {
        Assert.Null(new WeeklyRule(new DateOnly(2026, 6, 2), new TimeOnly(10, 0)).LastBefore(new DateOnly(2026, 6, 2)));
    }

    [Fact]
    public void Constructor_UnknownCadence_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeeklyRule(new DateOnly(2026, 6, 2), new TimeOnly(10, 0), (Cadence)3));
    }
}
