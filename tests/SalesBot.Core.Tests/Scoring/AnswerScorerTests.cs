using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Scoring;

public sealed class AnswerScorerTests
{
    private const string PriceObjection = "You're 40% above the other bid and my board wants 12% out of costs this year.";

    private static readonly string Strong =
        "That's fair: a 40% premium is a lot when the board wants 12% out of costs. Compared to what, though: the other bid's licence, " +
        "or the whole cost of the problem? Helix Freight paid back the difference in five months by cutting invoice errors 30%. " +
        "Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?";

    private readonly AnswerScorer _scorer = new();

    private static ScoringContext Price => ScoringContext.ForObjection(TestContent.Catalog.GetCategory("price"), PriceObjection, TestContent.Catalog.GetPersona("cfo"));

    private CriterionResult Criterion(string answer, string id) => _scorer.Score(answer, Price).Criteria.Single(c => c.Id == id);

    [Fact]
    public void Score_StrongAnswer_PassesWithEveryCriterionMet()
    {
        var card = _scorer.Score(Strong, Price);

        Assert.True(card.Passed);
        Assert.True(card.Overall >= 90, $"scored {card.Overall}");
        Assert.All(card.Criteria, c => Assert.Equal(CriterionStatus.Met, c.Status));
        Assert.Empty(card.Blockers);
    }

    [Fact]
    public void Score_EveryEvidenceQuote_IsTheSellersOwnWords()
    {
        var card = _scorer.Score(Strong, Price);

        var quotes = card.Criteria.SelectMany(c => c.Evidence).ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q.TrimEnd('\u2026'), Strong, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_MissedCriteria_EachComeWithABetterLine()
    {
        var card = _scorer.Score("Our product is the best on the market.", Price);

        var missed = card.Criteria.Where(c => c.Status != CriterionStatus.Met && c.Id != Rubric.Concise).ToList();

        Assert.NotEmpty(missed);
        Assert.All(missed, c => Assert.False(string.IsNullOrWhiteSpace(c.BetterLine), c.Id));
        Assert.All(missed, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason), c.Id));
    }

    [Fact]
    public void Acknowledge_FormulaAlone_IsNotCredited()
    {
        var formula = Criterion("I understand how you feel. Let me know if anything changes.", Rubric.Acknowledge);
        var specific = Criterion("I hear you: a 40% premium is hard to defend when the board wants 12% out of costs.", Rubric.Acknowledge);

        Assert.Equal(CriterionStatus.Missed, formula.Status);
        Assert.Equal(CriterionStatus.Met, specific.Status);
    }

    [Fact]
    public void Acknowledge_ArguingWithTheBuyer_IsMissedAndBlocks()
    {
        var card = _scorer.Score("That's not true, we are not expensive. Trust me, you get what you pay for.", Price);

        Assert.Equal(CriterionStatus.Missed, card.Criteria.Single(c => c.Id == Rubric.Acknowledge).Status);
        Assert.Contains(card.Blockers, b => b.Id == "arguing");
        Assert.False(card.Passed);
    }

    [Fact]
    public void Explore_QuestionBeforeThePitch_IsMetButAfterIsOnlyPartly()
    {
        var first = Criterion("Fair. What are you comparing us with? Customers cut costs 20% in a year with us.", Rubric.Explore);
        var after = Criterion("Customers cut costs 20% in a year with us. What are you comparing us with?", Rubric.Explore);
        var none = Criterion("Customers cut costs 20% in a year with us.", Rubric.Explore);

        Assert.Equal(CriterionStatus.Met, first.Status);
        Assert.Equal(CriterionStatus.Partly, after.Status);
        Assert.Equal(CriterionStatus.Missed, none.Status);
    }

    [Fact]
    public void Explore_QuestionWithoutQuestionMark_StillCounts()
    {
        var criterion = Criterion("fair enough. what are you comparing us against", Rubric.Explore);

        Assert.Equal(CriterionStatus.Met, criterion.Status);
    }

    [Fact]
    public void Explore_CheckInOrPushyQuestion_DoesNotCount()
    {
        Assert.Equal(CriterionStatus.Missed, Criterion("We save customers 20%. Does that make sense?", Rubric.Explore).Status);
        Assert.Equal(CriterionStatus.Missed, Criterion("We save customers 20%. Don't you want to save money?", Rubric.Explore).Status);
    }

    [Fact]
    public void Value_NeedsEvidenceNotHype()
    {
        Assert.Equal(CriterionStatus.Met, Criterion("Brightline cut onboarding time by 30% in one quarter.", Rubric.Value).Status);
        Assert.Equal(CriterionStatus.Partly, Criterion("It will save you a lot of time.", Rubric.Value).Status);
        Assert.Equal(CriterionStatus.Missed, Criterion("We're the best, most amazing platform out there.", Rubric.Value).Status);
    }

    [Fact]
    public void Value_EchoingTheBuyersOwnNumbers_IsNotEvidence()
    {
        var criterion = Criterion("I know, 40% and 12% are big numbers.", Rubric.Value);

        Assert.NotEqual(CriterionStatus.Met, criterion.Status);
    }

    [Fact]
    public void Control_ConcreteNextStepWithTime_IsMet_PassiveCloseIsMissed()
    {
        Assert.Equal(CriterionStatus.Met, Criterion("Can we book 30 minutes on Thursday at 10 to run your numbers?", Rubric.Control).Status);
        Assert.Equal(CriterionStatus.Partly, Criterion("Happy to set up a demo for your team.", Rubric.Control).Status);
        Assert.Equal(CriterionStatus.Missed, Criterion("Let me know if you change your mind.", Rubric.Control).Status);
    }

    [Fact]
    public void PriceBlocker_DiscountFirst_FailsTheAnswerButNotWhenNegated()
    {
        var discount = _scorer.Score(Strong + " I can also give you 20% off if you sign this quarter.", Price);
        var holding = _scorer.Score(Strong.Replace("Can we", "I won't lead with a discount. Can we", StringComparison.Ordinal), Price);

        Assert.Contains(discount.Blockers, b => b.Id == "discount-first");
        Assert.False(discount.Passed);
        Assert.True(discount.Overall <= Rubric.BlockerCap);
        Assert.DoesNotContain(holding.Blockers, b => b.Id == "discount-first");
        Assert.True(holding.Passed);
    }

    [Fact]
    public void CompetitorBlocker_BashingTheCompetitor_FailsTheAnswer()
    {
        var competitor = TestContent.Catalog.GetCategory("competitor");
        var context = ScoringContext.ForObjection(competitor, "We already use RampIQ and it does the same thing.", null);

        var card = _scorer.Score("RampIQ is garbage and their support is terrible. Switch to us.", context);

        Assert.Contains(card.Blockers, b => b.Id == "bashing");
        Assert.False(card.Passed);
    }

    [Fact]
    public void MethodCriterion_UsesTheCategorySpecificBehaviour()
    {
        var card = _scorer.Score(Strong, Price);

        var method = card.Criteria.Single(c => c.Id == Rubric.Method);

        Assert.Equal(TestContent.Catalog.GetCategory("price").Method.Name, method.Name);
        Assert.Equal(CriterionStatus.Met, method.Status);
    }

    [Fact]
    public void Score_PinsTheRubricVersion_AndIsDeterministic()
    {
        var first = _scorer.Score(Strong, Price);
        var second = new AnswerScorer().Score(Strong, Price);

        Assert.Equal(Rubric.Version, first.RubricVersion);
        Assert.Equal(first.Overall, second.Overall);
        Assert.Equal(first.Criteria.Select(c => (c.Id, c.Status, c.Points)), second.Criteria.Select(c => (c.Id, c.Status, c.Points)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("???")]
    public void Score_EmptyOrTrivialAnswer_ScoresLowWithoutThrowing(string answer)
    {
        var card = _scorer.Score(answer, Price);

        Assert.True(card.Overall <= 10, $"scored {card.Overall}");
        Assert.False(card.Passed);
    }

    [Fact]
    public void Score_OverallIsTheWeightedSumOfCriteria()
    {
        var card = _scorer.Score("Fair point. What are you comparing us with? Let me know.", Price);

        var expected = card.Criteria.Sum(c => c.Points) - card.Penalties.Sum(p => p.Points);

        Assert.Equal(100, card.Criteria.Sum(c => c.Weight));
        Assert.Equal(Math.Clamp(expected, 0, 100), card.Overall);
    }

    [Fact]
    public void Discovery_AskingBeforePitching_OutscoresPitching()
    {
        var context = new ScoringContext { Profile = RubricProfile.Discovery, BuyerLine = "Fifteen minutes. What do you need to know from me?", BuyerContext = "CFO at Northwind Logistics" };

        var asking = _scorer.Score("Thanks for the time. To make this useful: how are carrier invoices checked today, and what does a billing error cost you each month?", context);
        var pitching = _scorer.Score("We're the leading freight audit platform with AI and 200 integrations. You'll love it.", context);

        Assert.True(asking.Overall > pitching.Overall + 30, $"{asking.Overall} vs {pitching.Overall}");
        Assert.Equal(CriterionStatus.Met, asking.Criteria.Single(c => c.Id == Rubric.Listen).Status);
    }

    [Theory]
    [InlineData("We just don't have budget for this right now.", "Fair: you just don't have budget for this right now,")]
    [InlineData("I need to run this by my CFO first.", "Fair: you need to run this by your CFO first,")]
    public void BetterAcknowledgeLine_SaysTheBuyersOwnWordsBack(string objection, string expected)
    {
        var context = ScoringContext.ForObjection(TestContent.Catalog.GetCategory("price"), objection, null);

        var acknowledge = _scorer.Score("Our product is great.", context).Criteria.Single(c => c.Id == Rubric.Acknowledge);

        Assert.StartsWith(expected, acknowledge.BetterLine, StringComparison.Ordinal);
    }

    [Fact]
    public void BetterAcknowledgeLine_ForAQuestion_FallsBackToTheCategoryLine()
    {
        var context = ScoringContext.ForObjection(TestContent.Catalog.GetCategory("price"), "Is that really the best you can do on price?", null);

        var acknowledge = _scorer.Score("Our product is great.", context).Criteria.Single(c => c.Id == Rubric.Acknowledge);

        Assert.Equal(TestContent.Catalog.GetCategory("price").BetterLines.Acknowledge, acknowledge.BetterLine);
    }
}
