using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Scoring;

/// <summary>Each misread listed in issue 8, reproduced (these failed on rubric 2026.11-r1) and fixed.</summary>
public sealed class MisreadTests
{
    private readonly AnswerScorer _scorer = new();

    private static ScoringContext Objection(string category, string line) =>
        ScoringContext.ForObjection(TestContent.Catalog.GetCategory(category), line, TestContent.Catalog.GetPersona(category == "price" ? "cfo" : "cro"));

    private CriterionResult Criterion(ScoringContext context, string answer, string id) => _scorer.Score(answer, context).Criteria.Single(c => c.Id == id);

    [Theory]
    [InlineData("Fair. Do you have anyone who owns renewals today?")]
    [InlineData("Understood. Is anyone chasing those renewals for you today?")]
    public void QuestionWithToday_IsStillAQuestion_NotAMeetingProposal(string answer)
    {
        var context = Objection("timing", "We're slammed at the moment. This just isn't a priority.");

        Assert.Equal(CriterionStatus.Met, Criterion(context, answer, Rubric.Explore).Status);
        Assert.NotEqual(CriterionStatus.Met, Criterion(context, answer, Rubric.Control).Status);
    }

    [Theory]
    [InlineData("Who owns onboarding right now?")]
    [InlineData("Fair enough. What's slipping right now?")]
    public void RightNow_IsNotACheckIn(string answer)
    {
        var context = Objection("timing", "We're slammed at the moment. This just isn't a priority.");

        Assert.Equal(CriterionStatus.Met, Criterion(context, answer, Rubric.Explore).Status);
    }

    [Fact]
    public void QuestionAboutTheirDate_IsNotAMeetingProposal()
    {
        var context = Objection("timing", "Call me after SKO. Nobody has a spare minute until March.");

        var card = _scorer.Score("Fair. Are the new reps still starting on 2 March, and who trains them in their first week?", context);

        Assert.Equal(CriterionStatus.Met, card.Criteria.Single(c => c.Id == Rubric.Explore).Status);
        Assert.NotEqual(CriterionStatus.Met, card.Criteria.Single(c => c.Id == Rubric.Control).Status);
    }

    [Fact]
    public void ThreeHundredWordMonologue_CannotPass_EvenWithEveryBehaviour()
    {
        var context = Objection("price", "You're 40% above the other bid and my board wants 12% out of costs this year.");
        var monologue = string.Join(' ', Enumerable.Repeat(
            "That's fair: a 40% premium is a lot when the board wants 12% out of costs. Compared to what, though: the other bid's licence, " +
            "or the whole cost of the problem? Helix Freight paid back the difference in five months by cutting invoice errors 30%. " +
            "Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?", 5));

        var card = _scorer.Score(monologue, context);

        Assert.True(card.WordCount >= 250, $"{card.WordCount} words");
        Assert.False(card.Passed, $"scored {card.Overall}");
        Assert.True(card.Overall <= Rubric.MonologueCap, $"scored {card.Overall}");
    }

    [Fact]
    public void HipaaCompliantAlone_IsNotEvidence()
    {
        var context = Objection("trust", "The last vendor who promised 'bank-grade security' leaked forty thousand of our records.");

        var claim = Criterion(context, "Totally understand. We are HIPAA compliant and SOC 2 certified.", Rubric.Value);
        var checkable = Criterion(context, "Fair. I'll send you our SOC 2 Type II report today; Harlow Hospitals' security lead cut their review to 12 days with it.", Rubric.Value);

        Assert.NotEqual(CriterionStatus.Met, claim.Status);
        Assert.Equal(CriterionStatus.Met, checkable.Status);
    }

    [Fact]
    public void Discovery_TakeControl_IsMetOnlyWhenAStepIsProposed()
    {
        var context = new ScoringContext { Profile = RubricProfile.Discovery, BuyerLine = "Fifteen minutes. What do you need to know from me?", BuyerContext = "CFO at Northwind Logistics" };

        var framing = _scorer.Score("Thanks for the time. To make this useful: can I ask a few questions about how carrier invoices are checked today, and what a billing error costs you each month?", context);
        var step = _scorer.Score("Thanks. How are carrier invoices checked today, and what does a billing error cost you each month? If it's material, can we take 30 minutes on Thursday at 10 with your AP lead?", context);

        Assert.NotEqual(CriterionStatus.Met, framing.Criteria.Single(c => c.Id == Rubric.Control).Status);
        Assert.Equal(CriterionStatus.Met, step.Criteria.Single(c => c.Id == Rubric.Control).Status);
    }

    [Fact]
    public void StoryBeforeTheQuestion_IsNotPitchingFirst_AndCanPass()
    {
        var context = Objection("need", "We already have Teams, encrypted email and a policy that says use them.");
        const string Story =
            "A facilities head at a hospital in Uppsala said almost exactly that. Then an inspector asked for the service history of one " +
            "ventilation unit, and it took his team four days of searching the mailbox to find it. If an inspector asked you for that " +
            "tomorrow, how long would it take?";

        var card = _scorer.Score(Story, context);

        Assert.Equal(CriterionStatus.Met, card.Criteria.Single(c => c.Id == Rubric.Explore).Status);
        Assert.True(card.Passed, $"scored {card.Overall}");
    }

    [Theory]
    [InlineData("competitor", "We're also looking at RampIQ.", "If you signed with RampIQ tomorrow, what would you worry about first?")]
    [InlineData("price", "You're 40% above the other bid and my board wants 12% out of costs this year.", "If the other bid had been the cheaper one last year too, how much of that 12% would it have saved you?")]
    public void SingleSharpDiagnosticQuestion_CanPass(string category, string objection, string answer)
    {
        var card = _scorer.Score(answer, Objection(category, objection));

        Assert.True(card.Passed, $"scored {card.Overall}");
        Assert.True(card.Overall <= Rubric.DiagnosticCap, $"scored {card.Overall}: a single question shouldn't outscore a full handling");
        Assert.Empty(card.Blockers);
    }

    [Theory]
    [InlineData("How many claims do you process a month?")]
    [InlineData("What does your manager care about most?")]
    public void ShortFactCheckQuestion_IsNotTreatedAsExcellent(string answer)
    {
        var card = _scorer.Score(answer, Objection("price", "Honestly, this is more expensive than I expected."));

        Assert.False(card.Passed, $"scored {card.Overall}");
    }

    [Theory]
    [InlineData("What matters? ROI 25% $2M. Meeting Friday 11am.")]
    [InlineData("Compared to what? ROI 3x. Write-offs -31%. Payback 5 months. Business case Thursday 10am?")]
    [InlineData("Guarantee. SOC 2 certified. References. Pen test. Pilot Thursday 9am.")]
    public void KeywordStuffing_EarnsNoValueAndNoNextStep(string answer)
    {
        var card = _scorer.Score(answer, Objection("price", "You're 40% above the other bid and my board wants 12% out of costs this year."));

        Assert.False(card.Passed, $"scored {card.Overall}");
        Assert.True(card.Overall < 40, $"scored {card.Overall}");
        Assert.Equal(CriterionStatus.Missed, card.Criteria.Single(c => c.Id == Rubric.Value).Status);
        Assert.Equal(CriterionStatus.Missed, card.Criteria.Single(c => c.Id == Rubric.Control).Status);
    }

    [Theory]
    [InlineData("blorf zzkt quib frgl? Thursday 2pm call.")]
    [InlineData("frgl bikes wrench flop? Thursday 10am demo zoom!!")]
    public void Gibberish_WithAQuestionMarkAndAMeetingTime_ScoresNearNothing(string answer)
    {
        var card = _scorer.Score(answer, Objection("price", "Honestly, this is more expensive than I expected."));

        Assert.True(card.Overall <= 20, $"scored {card.Overall}");
        Assert.NotEqual(CriterionStatus.Met, card.Criteria.Single(c => c.Id == Rubric.Explore).Status);
    }

    [Fact]
    public void GuaranteeCertifiedReference_AsWords_EarnNoMethodPoints()
    {
        var context = Objection("trust", "This sounds risky.");

        var method = Criterion(context, "Guarantee. Certified. References. Money back.", Rubric.Method);

        Assert.Equal(CriterionStatus.Missed, method.Status);
    }
}
