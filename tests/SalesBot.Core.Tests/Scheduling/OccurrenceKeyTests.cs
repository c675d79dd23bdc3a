using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

public sealed class OccurrenceKeyTests
{
    private static readonly DateOnly Monday = new(2026, 3, 30);

    [Fact]
    public void DocumentId_EachKind_HasAStableReadableForm()
    {
        Assert.Equal("brief|1on1-42|2026-03-30", OccurrenceKey.Brief("1on1-42", Monday).DocumentId);
        Assert.Equal("follow-up|1on1-42|2026-03-30", OccurrenceKey.FollowUpRequest("1on1-42", Monday).DocumentId);
        Assert.Equal("habit-nudge|team-7|teams:t1:29:abc|2026-03-30", OccurrenceKey.HabitNudge("team-7", "teams:t1:29:abc", Monday).DocumentId);
        Assert.Equal("focus-prompt|slack:T1:U2|2026-03-30", OccurrenceKey.FocusPrompt("slack:T1:U2", Monday).DocumentId);
    }

    [Fact]
    public void HabitNudge_SeparatorInsideAnId_DoesNotCollide()
    {
        var a = OccurrenceKey.HabitNudge("a|b", "c", Monday);
        var b = OccurrenceKey.HabitNudge("a", "b|c", Monday);

        Assert.NotEqual(a, b);
        Assert.NotEqual(a.DocumentId, b.DocumentId);
    }

    [Fact]
    public void DocumentId_CharactersCosmosForbids_AreEscaped()
    {
        var id = OccurrenceKey.FocusPrompt("teams:t/1:29:a?b#c\\d%e", Monday).DocumentId;

        Assert.Equal("focus-prompt|teams:t%2F1:29:a%3Fb%23c%5Cd%25e|2026-03-30", id);
        Assert.DoesNotContain('/', id);
        Assert.DoesNotContain('?', id);
        Assert.DoesNotContain('#', id);
        Assert.DoesNotContain('\\', id);
    }

    [Fact]
    public void DocumentId_VeryLongSubject_IsHashedWithinCosmosLimit()
    {
        var longA = OccurrenceKey.FocusPrompt(new string('a', 300), Monday).DocumentId;
        var longB = OccurrenceKey.FocusPrompt(new string('a', 299) + "b", Monday).DocumentId;

        Assert.True(longA.Length <= OccurrenceKey.MaximumDocumentIdLength, $"{longA.Length}");
        Assert.StartsWith("focus-prompt|sha256-", longA, StringComparison.Ordinal);
        Assert.NotEqual(longA, longB);
        Assert.Equal(longA, OccurrenceKey.FocusPrompt(new string('a', 300), Monday).DocumentId);
    }

    [Fact]
    public void Equality_SameKindSubjectAndDate_AreEqual()
    {
        Assert.Equal(OccurrenceKey.Brief("x", Monday), OccurrenceKey.Brief("x", Monday));
        Assert.NotEqual(OccurrenceKey.Brief("x", Monday), OccurrenceKey.FollowUpRequest("x", Monday));
        Assert.NotEqual(OccurrenceKey.Brief("x", Monday), OccurrenceKey.Brief("x", Monday.AddDays(7)));
        Assert.True(OccurrenceKey.HabitNudge("t", "p", Monday).IsNudge);
        Assert.False(OccurrenceKey.Brief("x", Monday).IsNudge);
    }

    /// <summary>The DST-change case: planned on Friday under CET, sent on Monday under CEST; the key is the local date, not an instant.</summary>
    [Fact]
    public void Brief_PlannedBeforeAndResolvedAfterTheBerlinChange_HasOneKey()
    {
        var schedule = Build.OneOnOne("Europe/Berlin", new DateOnly(2026, 3, 24), new TimeOnly(10, 0));
        var agenda = Build.Agenda(Build.Person("manager", "Europe/Berlin"), oneOnOnes: [schedule]);

        var plannedFriday = RecipientPlanner.Plan(agenda, Build.Utc(2026, 3, 27), Build.Utc(2026, 4, 3)).Where(p => p.Key.Kind == OccurrenceKind.Brief).ToArray();
        var plannedMonday = RecipientPlanner.Plan(agenda, Build.Utc(2026, 3, 30), Build.Utc(2026, 4, 3)).Where(p => p.Key.Kind == OccurrenceKind.Brief).ToArray();

        Assert.Equal(plannedFriday, plannedMonday);
        Assert.Equal(OccurrenceKey.Brief(schedule.Id, new DateOnly(2026, 3, 31)), Assert.Single(plannedMonday).Key);
    }

    [Fact]
    public void Constructor_EmptySubject_Throws()
    {
        Assert.Throws<ArgumentException>(() => new OccurrenceKey(OccurrenceKind.Brief, "", Monday));
        Assert.Throws<ArgumentException>(() => OccurrenceKey.Escape(""));
    }
}
