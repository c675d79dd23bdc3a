using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Drills;

/// <summary>What the buyer says back is chosen from what the answer did (issue 8): the act of a blocker, the gap it left.</summary>
public sealed class BuyerRepliesTests
{
    private readonly DrillEngine _engine = new(TestContent.Catalog, new AnswerScorer());

    [Fact]
    public void DiscountAnswer_DrawsTheBuyersReactionToDiscounting()
    {
        var category = TestContent.Catalog.GetCategory("price");
        var update = _engine.StartPractice(DrillScript.NewUser(), category, null, DrillScript.SessionFor(category, "cfo"), DrillScript.Start);

        update = _engine.Answer(update.State, "No problem, I can take 20% off the price if you sign this month.", DrillScript.Start.AddMinutes(1), []);

        Assert.NotEmpty(update.Score!.Blockers);
        var line = Assert.Single(DrillScript.BuyerLines(update.Messages));
        var expected = category.Blockers.Select(b => b.Pushback).OfType<string>()
            .Concat(TestContent.Catalog.Shared.ActReactions.Values.SelectMany(v => v));
        Assert.Contains(expected, e => line.StartsWith(e, StringComparison.Ordinal));
    }

    [Fact]
    public void PitchWithoutAQuestion_DrawsThePersonasPitchedReaction_OrTheMethodPushback()
    {
        var category = TestContent.Catalog.GetCategory("need");
        foreach (var personaId in category.PersonaIds)
        {
            var persona = TestContent.Catalog.GetPersona(personaId);
            var update = _engine.StartPractice(DrillScript.NewUser(), category, null, DrillScript.SessionFor(category, personaId), DrillScript.Start);

            update = _engine.Answer(update.State, "Our platform automates the whole workflow and it is really easy to use.", DrillScript.Start.AddMinutes(1), []);

            var line = Assert.Single(DrillScript.BuyerLines(update.Messages));
            Assert.Contains(persona.Reactions[AnswerGap.Pitched].Concat(category.Pushbacks), e => line.StartsWith(e, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Customers save 25% in six months.", true)]
    [InlineData("Customers save a quarter of their costs in six months.", true)]
    [InlineData("Customers save a lot, quickly.", false)]
    public void Figures_AreRecognised_SoNoFigureIsOnlySaidWithoutOne(string answer, bool figure)
    {
        Assert.Equal(figure, AnswerGaps.HasFigure(answer));
    }

    [Fact]
    public void Hint_UsesTheCurrentBuyersFacts()
    {
        var category = TestContent.Catalog.GetCategory("price");
        foreach (var personaId in category.PersonaIds)
        {
            var persona = TestContent.Catalog.GetPersona(personaId);
            var update = _engine.StartPractice(DrillScript.NewUser(), category, null, DrillScript.SessionFor(category, personaId), DrillScript.Start);

            var hint = SalesBot.Core.Messaging.PlainText.Render(_engine.Hint(update.State.Session!));

            Assert.Contains(TestContent.Catalog.LinesFor(category, persona).Acknowledge, hint, StringComparison.Ordinal);
            Assert.Contains(persona.Facts.Values, fact => hint.Contains(fact, StringComparison.Ordinal));
        }
    }
}
