using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Tests.Support;
using SalesBot.Core.Users;

namespace SalesBot.Core.Tests.Drills;

public sealed class ProficiencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static SkillProgress With(params (int Score, string Phrasing, int DaysAgo)[] attempts) =>
        attempts.Aggregate(new SkillProgress(), (p, a) => p.Record(new Attempt(Now.AddDays(-a.DaysAgo), a.Score, a.Score >= 70, a.Phrasing, "r")));

    [Fact]
    public void RecentAttempts_WeighMoreThanOldOnes()
    {
        var improving = Proficiency.Of("price", With((30, "a", 0), (40, "b", 0), (90, "c", 0), (95, "a", 0)), 6, Now);
        var declining = Proficiency.Of("price", With((95, "a", 0), (90, "b", 0), (40, "c", 0), (30, "a", 0)), 6, Now);

        var plainMean = (30 + 40 + 90 + 95) / 4.0;
        Assert.True(improving.Score > plainMean, $"improving {improving.Score}");
        Assert.True(declining.Score < plainMean, $"declining {declining.Score}");
    }

    [Fact]
    public void OldAttempts_FadeWithTime()
    {
        var old = With((90, "a", 60), (20, "b", 0));

        var snapshot = Proficiency.Of("price", old, 6, Now);

        Assert.True(snapshot.Score < 45, $"{snapshot.Score}");
    }

    [Fact]
    public void Proficient_NeedsPassesOnDifferentPhrasings_NotOneLuckyAnswer()
    {
        var repeated = Proficiency.Of("price", With((90, "a", 0), (92, "a", 0), (95, "a", 0)), 6, Now);
        var varied = Proficiency.Of("price", With((90, "a", 0), (92, "b", 0), (95, "c", 0)), 6, Now);

        Assert.False(repeated.IsProficient);
        Assert.Equal(ProficiencyBand.OnTrack, repeated.Band);
        Assert.Equal("On track", Proficiency.Describe(repeated.Band));
        Assert.True(varied.IsProficient);
        Assert.Equal(ProficiencyBand.Excellent, varied.Band);
    }

    [Theory]
    [InlineData(95, ProficiencyBand.Excellent)]
    [InlineData(80, ProficiencyBand.Proficient)]
    [InlineData(60, ProficiencyBand.Developing)]
    [InlineData(20, ProficiencyBand.NeedsWork)]
    public void Bands_FollowTheScale(int score, ProficiencyBand band)
    {
        Assert.Equal(band, Proficiency.BandOf(score));
    }

    [Fact]
    public void SpacedRepetition_AMissIsDueNow_PassesPushItOut()
    {
        var missed = new SkillProgress().Record(new Attempt(Now, 40, false, "a", "r"));
        var passedTwice = new SkillProgress().Record(new Attempt(Now, 80, true, "a", "r")).Record(new Attempt(Now, 85, true, "b", "r"));

        Assert.Equal(Now, missed.DueAt);
        Assert.Equal(Now + SpacedRepetition.IntervalAfter(2), passedTwice.DueAt);
        Assert.True(passedTwice.DueAt > Now.AddDays(2));
    }

    [Fact]
    public void Planner_NewSeller_StartsWithTheFirstCategory()
    {
        var user = UserState.New(ChatHarness.User("new"), "new", Now);

        var pick = PracticePlanner.PickCategory(TestContent.Catalog, user, Now);

        Assert.Equal("price", pick.Category.Id);
        Assert.Contains("haven't practised", pick.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Planner_PicksTheWeakestDueCategory()
    {
        var user = UserState.New(ChatHarness.User("s"), "s", Now)
            .WithAttempt("price", new Attempt(Now, 80, true, "price-too-expensive", "r"))
            .WithAttempt("timing", new Attempt(Now, 35, false, "timing-not-now", "r"))
            .WithAttempt("trust", new Attempt(Now, 45, false, "trust-too-small", "r"));

        var pick = PracticePlanner.PickCategory(TestContent.Catalog, user, Now);

        Assert.Equal("timing", pick.Category.Id);
        Assert.Contains("weakest", pick.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Planner_WhenNothingIsDue_PicksTheNextOneDue()
    {
        var user = UserState.New(ChatHarness.User("s"), "s", Now);
        foreach (var category in TestContent.Catalog.Categories)
        {
            foreach (var phrasing in category.Phrasings.Take(3))
            {
                user = user.WithAttempt(category.Id, new Attempt(Now, 95, true, phrasing.Id, "r"));
            }
        }

        var pick = PracticePlanner.PickCategory(TestContent.Catalog, user, Now.AddHours(1));

        Assert.NotNull(pick.Category);
        Assert.Contains("next one due", pick.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Planner_NeverRepeatsThePhrasingJustAnswered()
    {
        var category = TestContent.Catalog.GetCategory("price");
        for (var seed = 0; seed < 50; seed++)
        {
            var last = category.Phrasings[seed % category.Phrasings.Count].Id;
            var user = UserState.New(ChatHarness.User("s"), "s", Now).WithAttempt("price", new Attempt(Now, 50, false, last, "r"));

            var next = PracticePlanner.PickPhrasing(category, user, [], seed, 1, Now);

            Assert.NotEqual(last, next.Id);
        }
    }

    [Fact]
    public void Planner_HarderPhrasingsFollowHigherProficiency()
    {
        var category = TestContent.Catalog.GetCategory("price");
        var beginner = UserState.New(ChatHarness.User("a"), "a", Now);
        var expert = UserState.New(ChatHarness.User("b"), "b", Now)
            .WithAttempt("price", new Attempt(Now, 95, true, "x", "r"))
            .WithAttempt("price", new Attempt(Now, 95, true, "y", "r"));

        Assert.Equal(Difficulty.Easy, PracticePlanner.PickPhrasing(category, beginner, [], 7, 1, Now).Difficulty);
        Assert.Equal(Difficulty.Hard, PracticePlanner.PickPhrasing(category, expert, [], 7, 1, Now).Difficulty);
    }
}
