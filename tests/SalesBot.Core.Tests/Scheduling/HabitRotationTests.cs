using System.Globalization;
using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

public sealed class HabitRotationTests
{
    private static readonly DateOnly Anchor = new(2026, 6, 3); // a Wednesday: week 0 is Monday 1 – Sunday 7 June

    [Fact]
    public void For_ConsecutiveWeeks_RotatesThroughTheFourHabitsInOrder()
    {
        var kinds = Enumerable.Range(0, 9).Select(w => HabitRotation.For(Anchor, new DateOnly(2026, 6, 1).AddDays(7 * w)).Habit.Kind);

        Assert.Equal(
            [HabitKind.AccountPlan, HabitKind.InspectAndCoach, HabitKind.RolePlay, HabitKind.CoachTopPerformers,
             HabitKind.AccountPlan, HabitKind.InspectAndCoach, HabitKind.RolePlay, HabitKind.CoachTopPerformers, HabitKind.AccountPlan],
            kinds);
    }

    [Fact]
    public void For_AnyDayOfTheAnchorWeek_IsWeekZero()
    {
        Assert.Equal(0, HabitRotation.For(Anchor, new DateOnly(2026, 6, 1)).Week);
        Assert.Equal(0, HabitRotation.For(Anchor, new DateOnly(2026, 6, 7)).Week);
        Assert.Equal(1, HabitRotation.For(Anchor, new DateOnly(2026, 6, 8)).Week);
        Assert.Equal(-1, HabitRotation.For(Anchor, new DateOnly(2026, 5, 31)).Week);
        Assert.Equal(HabitKind.CoachTopPerformers, HabitRotation.For(Anchor, new DateOnly(2026, 5, 31)).Habit.Kind);
    }

    /// <summary>2026 has 53 ISO weeks: ISO week 53 and week 1 of 2027 are both 1 modulo 4, so an ISO-week rotation would repeat a habit.</summary>
    [Fact]
    public void For_AcrossThe53WeekIsoYear_NeverRepeatsAHabitInConsecutiveWeeks()
    {
        var lastOf2026 = new DateOnly(2026, 12, 28);
        var firstOf2027 = new DateOnly(2027, 1, 4);
        Assert.Equal(ISOWeek.GetWeekOfYear(lastOf2026.ToDateTime(TimeOnly.MinValue)) % 4, ISOWeek.GetWeekOfYear(firstOf2027.ToDateTime(TimeOnly.MinValue)) % 4);

        for (var monday = new DateOnly(2026, 1, 5); monday < new DateOnly(2029, 1, 1); monday = monday.AddDays(7))
        {
            Assert.NotEqual(HabitRotation.For(Anchor, monday).Habit.Kind, HabitRotation.For(Anchor, monday.AddDays(7)).Habit.Kind);
        }
    }

    [Fact]
    public void For_NextCycleOfTheSameHabit_UsesTheNextMicroAction()
    {
        var cycle0 = HabitRotation.For(Anchor, new DateOnly(2026, 6, 1));
        var cycle1 = HabitRotation.For(Anchor, new DateOnly(2026, 6, 29));
        var cycle3 = HabitRotation.For(Anchor, new DateOnly(2026, 8, 24));

        Assert.Equal(cycle0.Habit, cycle1.Habit);
        Assert.NotEqual(cycle0.MicroAction, cycle1.MicroAction);
        Assert.Equal(cycle0.MicroAction, cycle3.MicroAction); // three micro-actions per habit
    }

    [Fact]
    public void Catalog_FourHabits_EachWithManagerAndSellerActions()
    {
        Assert.Equal(Enum.GetValues<HabitKind>(), HabitCatalog.All.Select(h => h.Kind));
        Assert.All(HabitCatalog.All, h => Assert.All(h.MicroActions, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.ForManager));
            Assert.False(string.IsNullOrWhiteSpace(a.ForSeller));
        }));
    }

    /// <summary>Members in Sydney and Los Angeles get their Monday nudge almost a day apart in UTC, but it is the same local Monday, so the same habit.</summary>
    [Fact]
    public void For_MembersInZonesADayApart_GetTheSameHabitForTheirMonday()
    {
        var team = Build.Team("team-1", "Europe/Berlin", new DateOnly(2026, 6, 1), new TimeOnly(9, 0), rotationAnchor: Anchor);
        var sydney = RecipientPlanner.Plan(Build.Agenda(Build.Person("a", "Australia/Sydney"), teams: [team]), Build.Utc(2026, 6, 20), Build.Utc(2026, 7, 19));
        var losAngeles = RecipientPlanner.Plan(Build.Agenda(Build.Person("b", "America/Los_Angeles"), teams: [team]), Build.Utc(2026, 6, 20), Build.Utc(2026, 7, 19));

        Assert.Equal(sydney.Select(p => p.Key.Date), losAngeles.Select(p => p.Key.Date));
        Assert.True(losAngeles[0].SendAt - sydney[0].SendAt > TimeSpan.FromHours(16));
        Assert.Equal(sydney.Select(p => HabitRotation.For(team.RotationAnchor, p.Key.Date)), losAngeles.Select(p => HabitRotation.For(team.RotationAnchor, p.Key.Date)));
    }
}
