using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Scoring;

/// <summary>
/// Blockers recognise the act, not a phrase (issue 8): paraphrases fire, negated and quoted mentions don't, a refund is
/// not a discount.
/// </summary>
public sealed class BlockerActTests
{
    private readonly AnswerScorer _scorer = new();

    private const string PriceLine = "Routeway came in at £262k for the same scope. Is that really your best price, or do I need to ask for a discount?";

    private static ScoringContext Context(string category, string line) =>
        ScoringContext.ForObjection(TestContent.Catalog.GetCategory(category), line, null);

    private List<string> Blockers(string category, string line, string answer) =>
        _scorer.Score(answer, Context(category, line)).Blockers.Select(b => b.Id).ToList();

    [Theory]
    [InlineData("price", "discount-first", "I hear you. Leave it with me, I'm confident I can make sure our number lands where theirs does.")]
    [InlineData("price", "discount-first", "Fair. Price won't be what separates us, I promise you that.")]
    [InlineData("price", "discount-first", "No problem, let's make it work for you: the first three months are on me.")]
    [InlineData("price", "discount-first", "How about this: if you sign this month, I'll take the implementation fee off completely.")]
    [InlineData("price", "discount-first", "Let me go back to my side and see how close to your current spend I can get us.")]
    [InlineData("competitor", "price-match", "What if cost wasn't a factor? Whatever Gainline charges you, we'll come in at or under it.")]
    [InlineData("competitor", "price-match", "Let me see what I can do. I'm sure we can find a number that works for you.")]
    [InlineData("need", "discounting", "Then let's make it a no-brainer: I'll bring the first year down to whatever an hour of your time costs.")]
    public void Discounting_InOtherWords_Blocks(string category, string expected, string answer)
    {
        Assert.Contains(expected, Blockers(category, PriceLine, answer));
    }

    [Theory]
    [InlineData("I'm not going to just cut the price; the €40k isn't the real comparison. What did the write-offs cost you last year?")]
    [InlineData("You asked whether this is our \"best price\" and whether you should ask for a discount. Fair questions. What did their bid leave out?")]
    [InlineData("I'd rather prove the value than discount it. What are you comparing us with, the licence alone or the whole cost?")]
    [InlineData("Run it in one shop for 60 days; if it hasn't paid for itself, you cancel and we refund the fees in full. Shall we pick the shop on Tuesday?")]
    [InlineData("Kvarn Bank worked it out: the licence is free, the people aren't. Could we put a number on yours on Thursday?")]
    public void NegatedQuotedOrRefund_DoesNotBlock(string answer)
    {
        Assert.Empty(Blockers("price", PriceLine, answer));
    }

    [Theory]
    [InlineData("The last project probably died because you picked FleetLink, and I keep hearing their customers are quietly leaving.")]
    [InlineData("I'd be careful with FleetLink. I've heard their app crashes at peak, and apparently they're having money problems.")]
    [InlineData("Honestly FleetLink is garbage and their support is terrible.")]
    public void Bashing_DirectOrHearsay_Blocks(string answer)
    {
        Assert.Contains("bashing", Blockers("competitor", "We already use FleetLink for this.", answer));
    }

    [Theory]
    [InlineData("Fair, and I'm not going to tell you FleetLink is a bad choice, because it isn't. What would you change about it if you could?")]
    [InlineData("What don't your drivers like about FleetLink today?")]
    public void RespectfulOrQuestion_AboutTheCompetitor_DoesNotBlock(string answer)
    {
        Assert.DoesNotContain("bashing", Blockers("competitor", "We already use FleetLink for this.", answer));
    }

    [Theory]
    [InlineData("pressure-tactics", "If we don't get this signed before SKO, I can't hold the onboarding team for you. Your call, but I wouldn't wait.")]
    [InlineData("pressure-tactics", "I can, but this offer is only good until Friday, so you'd really need to look at it today.")]
    public void Pressure_Blocks(string expected, string answer)
    {
        Assert.Contains(expected, Blockers("timing", "Call me after SKO.", answer));
    }

    [Theory]
    [InlineData("That's your problem, not mine. The tool works.")]
    [InlineData("I did email you, twice. You clearly didn't read what I sent.")]
    [InlineData("You just don't see it yet. Every team your size has moved on.")]
    [InlineData("Honestly, you need this. Every shop on paper is losing customers.")]
    [InlineData("YOUR NEW REPS START IN MARCH. WAITING IS THE WORST THING YOU CAN DO.")]
    public void Disrespect_CondescensionBlameShoutingOrYouNeedThis_Blocks(string answer)
    {
        Assert.Contains("disrespect", Blockers("need", "I don't think we need anything like this.", answer));
    }

    [Theory]
    [InlineData("absolute-guarantee", "I completely understand, but with us your data will never leak.")]
    [InlineData("absolute-guarantee", "You'll halve your costs in a year, or you pay nothing.")]
    [InlineData("absolute-guarantee", "Ours never goes down, it's 100% reliable.")]
    [InlineData("absolute-guarantee", "With our system, fuel fraud simply won't happen anymore. Zero.")]
    [InlineData("false-credentials", "We're basically SOC 2 certified, the audit is just a formality, so you can tell IT it's done.")]
    [InlineData("false-credentials", "We're HIPAA certified, so the assessment is a formality.")]
    [InlineData("false-credentials", "I'll get a customer on the phone and brief them beforehand on exactly what to say.")]
    [InlineData("false-credentials", "He's a friend of mine, and he'll vouch for us even though they're not live yet.")]
    [InlineData("confidential-information", "Honestly, I've seen Routeway's internal rate card; a friend there sent it over.")]
    [InlineData("confidential-information", "I really shouldn't say this, but we're in acquisition talks right now. Please keep that between us.")]
    [InlineData("circumventing-process", "Most of our customers skip the full security review for a tool like this.")]
    [InlineData("circumventing-process", "Easy fix: we can split it into two orders of £20k each, so it stays under the limit.")]
    [InlineData("circumventing-process", "If legal runs late, we can date the order form in this quarter anyway. Nobody checks that.")]
    [InlineData("going-around", "No problem, I've already emailed your managing partner directly.")]
    public void Dishonesty_AndGoingAroundTheBuyer_Blocks(string expected, string answer)
    {
        Assert.Contains(expected, Blockers("trust", "This sounds risky.", answer));
    }

    [Fact]
    public void EveryBlocker_NamesTheWordsThatTriggeredIt()
    {
        var evaluation = LabelledSetEvaluation.Score(LabelledAnswers.AdversarialFile, _scorer);

        var hits = evaluation.All.SelectMany(a => a.Card.Blockers.Select(b => (a.Answer.Text, Hit: b))).ToList();

        Assert.True(hits.Count >= 40, $"{hits.Count} blockers");
        Assert.All(hits, h =>
        {
            Assert.False(string.IsNullOrWhiteSpace(h.Hit.Words), h.Hit.Id);
            Assert.Contains(h.Hit.Words!, h.Text, StringComparison.Ordinal);
            Assert.Contains(h.Hit.Evidence.TrimEnd('\u2026'), h.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Blocker_NamesOnlyTheTriggeringWords()
    {
        var card = _scorer.Score("I hear you. Leave it with me, I'm confident I can make sure our number lands where theirs does.", Context("price", PriceLine));

        var hit = Assert.Single(card.Blockers);
        Assert.Equal("our number lands where theirs", hit.Words);
        Assert.False(card.Passed);
        Assert.True(card.Overall <= Rubric.BlockerCap);
    }

    [Theory]
    [InlineData("I won't promise you a breach can never happen; nobody honest can. What went wrong with the last vendor?")]
    [InlineData("Ten weeks is fine, and I won't ask you to cut corners: skipping a security review to hit my quarter would be a bad trade for you.")]
    [InlineData("We've never had a breach in nine years, and our SOC 2 Type II report is yours today. What would you need to see next?")]
    [InlineData("I can't promise that won't happen again; nobody can. What I can show you is how fast we'd know and what the contract commits us to.")]
    public void HonestAnswersAboutRiskAndProcess_DoNotBlock(string answer)
    {
        Assert.Empty(Blockers("trust", "This sounds risky.", answer));
    }
}
