using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

public sealed class OneOnOneScheduleTests
{
    private const string Berlin = "Europe/Berlin";

    // Mondays at 10:00 Berlin from 1 June 2026.
    private static readonly OneOnOneSchedule Weekly = Build.OneOnOne(Berlin, new DateOnly(2026, 6, 1), new TimeOnly(10, 0));

    private static IReadOnlyList<MeetingOccurrence> June(OneOnOneSchedule schedule) =>
        MeetingCalendar.Between(schedule, Build.Utc(2026, 6, 1), Build.Utc(2026, 7, 1));

    [Fact]
    public void Between_Weekly_ListsEveryMondayAtTenLocal()
    {
        var meetings = June(Weekly);

        Assert.Equal([1, 8, 15, 22, 29], meetings.Select(m => m.NominalDate.Day));
        Assert.All(meetings, m => Assert.Equal(8, m.Start.UtcDateTime.Hour));
        Assert.All(meetings, m => Assert.Equal(m.Start + TimeSpan.FromMinutes(30), m.End));
    }

    [Fact]
    public void Skip_DateNotInRule_IsRefused()
    {
        var edit = Weekly.Skip(new DateOnly(2026, 6, 2));

        Assert.False(edit.Succeeded);
        Assert.Contains("no 1:1 on Tue 2 Jun 2026", edit.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipNext_AfterAMeeting_SkipsTheFollowingOne()
    {
        var afterFirst = Build.Utc(2026, 6, 1, 9);

        var once = Weekly.SkipNext(afterFirst).Schedule!;
        var twice = once.SkipNext(afterFirst).Schedule!;

        Assert.Equal([SkipReason.SkippedByManager], June(once).Where(m => m.Skip is not null).Select(m => m.Skip!.Value));
        Assert.Equal(8, June(once).Single(m => m.Skip is not null).NominalDate.Day);
        Assert.Equal([8, 15], June(twice).Where(m => m.Skip is not null).Select(m => m.NominalDate.Day));
        Assert.Equal(22, MeetingCalendar.Next(twice, afterFirst)!.NominalDate.Day);
    }

    [Fact]
    public void Move_ToWednesdayAfternoon_KeepsTheOriginalDateAsIdentity()
    {
        var moved = Weekly.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 10), new TimeOnly(15, 0)).Schedule!;

        var meeting = June(moved).Single(m => m.Moved);

        Assert.Equal(new DateOnly(2026, 6, 8), meeting.NominalDate);
        Assert.Equal(new DateTime(2026, 6, 10, 15, 0, 0), meeting.LocalStart);
        Assert.Equal(Build.Utc(2026, 6, 10, 13), meeting.Start);
        Assert.Equal(5, June(moved).Count);
    }

    [Fact]
    public void Move_PastTheNextOccurrence_ReordersByStart()
    {
        var moved = Weekly.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 16), new TimeOnly(9, 0)).Schedule!;

        var meetings = June(moved);

        Assert.Equal([1, 15, 16, 22, 29], meetings.Select(m => m.LocalDate.Day));
        Assert.Equal(new DateOnly(2026, 6, 8), meetings[2].NominalDate);
    }

    [Fact]
    public void Move_OntoAnotherOccurrencesDate_IsRefused()
    {
        var edit = Weekly.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 15), new TimeOnly(15, 0));

        Assert.False(edit.Succeeded);
        Assert.Contains("Mon 15 Jun 2026", edit.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Move_OntoADateFreedBySkipping_IsAllowed()
    {
        var skipped = Weekly.Skip(new DateOnly(2026, 6, 15)).Schedule!;

        Assert.True(skipped.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 15), new TimeOnly(15, 0)).Succeeded);
    }

    [Fact]
    public void Move_MoreThanFourWeeks_IsRefused()
    {
        var julySixthFree = Weekly.Skip(new DateOnly(2026, 7, 6)).Schedule!;

        Assert.False(julySixthFree.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 7, 7), new TimeOnly(10, 0)).Succeeded); // 29 days
        Assert.True(julySixthFree.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 7, 6), new TimeOnly(11, 0)).Succeeded); // 28 days
    }

    [Fact]
    public void Move_Twice_TheSecondMoveReplacesTheFirst()
    {
        var first = Weekly.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 10), new TimeOnly(15, 0)).Schedule!;

        var second = first.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 11), new TimeOnly(9, 0)).Schedule!;

        Assert.Single(second.Overrides);
        Assert.Equal(new DateTime(2026, 6, 11, 9, 0, 0), June(second).Single(m => m.Moved).LocalStart);
    }

    [Fact]
    public void Restore_AfterMove_IsBackOnTheRule()
    {
        var moved = Weekly.Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 10), new TimeOnly(15, 0)).Schedule!;

        var restored = moved.Restore(new DateOnly(2026, 6, 8));

        Assert.Equal(June(Weekly), June(restored));
    }

    [Fact]
    public void PauseUntil_SkipsEarlierOccurrences_ResumeUndoesIt()
    {
        var paused = Weekly.PauseUntil(new DateOnly(2026, 6, 16));

        Assert.Equal([1, 8, 15], June(paused).Where(m => m.Skip == SkipReason.SchedulePaused).Select(m => m.NominalDate.Day));
        Assert.Equal(22, MeetingCalendar.Next(paused, Build.Utc(2026, 6, 1))!.NominalDate.Day);
        Assert.All(June(paused.Resume()), m => Assert.Null(m.Skip));
    }

    [Fact]
    public void Delete_HasNoOccurrences()
    {
        var deleted = Weekly.Delete();

        Assert.Empty(June(deleted));
        Assert.Null(MeetingCalendar.Next(deleted, Build.Utc(2026, 6, 1)));
        Assert.Null(MeetingCalendar.ForDate(deleted, new DateOnly(2026, 6, 8)));
    }

    [Fact]
    public void PruneBefore_DropsOnlyOverridesThatCanNoLongerMatter()
    {
        var edited = Weekly.Skip(new DateOnly(2026, 6, 1)).Schedule!
            .Move(new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 24), new TimeOnly(9, 0)).Schedule!
            .Skip(new DateOnly(2026, 6, 29)).Schedule!;

        var pruned = edited.PruneBefore(new DateOnly(2026, 6, 20));

        Assert.Equal([new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 29)], pruned.Overrides.Select(o => o.Date));
    }

    [Fact]
    public void Between_Biweekly_EveryOtherWeekFromTheAnchor()
    {
        var biweekly = Build.OneOnOne(Berlin, new DateOnly(2026, 6, 8), new TimeOnly(10, 0), cadence: Cadence.Biweekly);

        Assert.Equal([8, 22], June(biweekly).Select(m => m.NominalDate.Day));
    }
}
