using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Drills;

/// <summary>Feedback a seller can act on in a chat (issue 8): short, the buyer's reply in view, better lines that are lines.</summary>
public sealed class FeedbackTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Weak = "Our product is really good, you should buy it.";

    /// <summary>The most a feedback message after an answer may take, rendered as plain text (about six chat lines).</summary>
    private const int FeedbackBudget = 700;

    private readonly DrillEngine _engine = new(TestContent.Catalog, new AnswerScorer());

    public static IEnumerable<object[]> CategoryBuyers() => BuyerCoherenceTests.CategoryBuyers();

    [Theory]
    [MemberData(nameof(CategoryBuyers))]
    public void WeakAnswer_FeedbackFitsInAChat_AndTheBuyersReplyFollowsIt(string categoryId, string personaId)
    {
        var category = TestContent.Catalog.GetCategory(categoryId);
        var update = _engine.StartPractice(DrillScript.NewUser(), category, null, DrillScript.SessionFor(category, personaId), DrillScript.Start);

        update = _engine.Answer(update.State, Weak, DrillScript.Start.AddMinutes(1), []);

        var feedback = update.Messages[0];
        var text = PlainText.Render(feedback);
        output.WriteLine(text);
        Assert.Equal(MessageKind.Feedback, feedback.Kind);
        Assert.True(text.Length <= FeedbackBudget, $"{text.Length} characters of feedback");
        Assert.InRange(CountBetterLines(text), 1, 2);
        Assert.Equal(MessageKind.Buyer, update.Messages[1].Kind);
    }

    public static IEnumerable<object[]> Scenarios() => TestContent.Catalog.Scenarios.Select(s => new object[] { s.Id });

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void RolePlayWeakAnswers_FeedbackFitsInAChat_AndTheBuyersReplyFollowsIt(string scenarioId)
    {
        var scenario = TestContent.Catalog.FindScenario(scenarioId)!;
        var update = _engine.StartRolePlay(DrillScript.NewUser(), scenario, Guid.Parse("00000000-0000-0000-0000-000000000031"), DrillScript.Start);
        for (var turn = 0; turn < 10 && update.State.Session is not null; turn++)
        {
            update = _engine.Answer(update.State, Weak, DrillScript.Start.AddMinutes(turn + 1), []);

            var text = PlainText.Render(update.Messages[0]);
            output.WriteLine(text);
            Assert.Equal(MessageKind.Feedback, update.Messages[0].Kind);
            Assert.True(text.Length <= FeedbackBudget, $"{text.Length} characters of feedback");
            Assert.InRange(CountBetterLines(text), 0, 2);
            Assert.Equal(MessageKind.Buyer, update.Messages[1].Kind);
        }
    }

    [Fact]
    public void TailorBetterLine_IsALineInTheBuyersTerms_NotAnInstruction()
    {
        var category = TestContent.Catalog.GetCategory("price");
        foreach (var personaId in category.PersonaIds)
        {
            var persona = TestContent.Catalog.GetPersona(personaId);
            var card = new AnswerScorer().Score(
                "I hear you, cost matters. What are you comparing us with? Customers see payback in five months. Can we meet Thursday at 10 to go through it?",
                ScoringContext.ForObjection(category, category.Phrasings[0].Text, persona));

            var tailor = card.Criteria.Single(c => c.Id == Rubric.Tailor);
            Assert.NotEqual(CriterionStatus.Met, tailor.Status);
            output.WriteLine(tailor.BetterLine);
            Assert.DoesNotMatch(@"^(Use|Bring|Mention|Repeat|Say|Tie|Refer)\b", tailor.BetterLine!);
            Assert.DoesNotContain("bring in", tailor.BetterLine!, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(persona.ContextTerms.Phrases.Append(persona.Company), t => DrillScript.Mentions(tailor.BetterLine!, t.TrimEnd('*')));
        }
    }

    [Fact]
    public async Task NoLabel_IsPrintedTwice()
    {
        var chat = new ChatHarness();
        var said = new List<OutboundMessage>();
        foreach (var category in TestContent.Catalog.Categories)
        {
            said.AddRange(await chat.SendAsync("alice", $"practice {category.Id}"));
            said.AddRange(await chat.SendAsync("alice", Weak));
            said.AddRange(await chat.SendAsync("alice", "Fair enough. What would have to be true for this to be worth a look? Can we talk Thursday at 10?"));
        }

        foreach (var scenario in TestContent.Catalog.Scenarios)
        {
            said.AddRange(await chat.SendAsync("alice", $"roleplay {scenario.Id}"));
            for (var turn = 0; turn < 4; turn++)
            {
                said.AddRange(await chat.SendAsync("alice", turn % 2 == 0 ? Weak : "Fair point. What would you need to see from us? Customers cut costs 20% in a quarter. Can we meet Thursday at 10?"));
            }
        }

        foreach (var fact in said.SelectMany(m => m.Sections).SelectMany(s => s.Facts))
        {
            var label = fact.Name.TrimStart('\u2713', '\u2717', '~', ' ');
            label = label.StartsWith("Biggest gap: ", StringComparison.Ordinal) ? label["Biggest gap: ".Length..] : label;
            var paren = label.IndexOf(" (", StringComparison.Ordinal);
            label = paren > 0 ? label[..paren] : label;
            Assert.False(fact.Value.StartsWith(label, StringComparison.Ordinal), $"\u201C{fact.Name}\u201D is printed twice: {fact.Value}");
        }
    }

    [Fact]
    public void DiscoveryTurn_WithoutAProposedStep_NeverCountsTakeControlAsWorked()
    {
        var scenario = TestContent.Catalog.FindScenario("cfo-budget-freeze")!;
        var update = _engine.StartRolePlay(DrillScript.NewUser(), scenario, Guid.Parse("00000000-0000-0000-0000-000000000009"), DrillScript.Start);

        update = _engine.Answer(update.State,
            "Fair enough, I won't pitch. How are carrier invoices checked at Northwind today, and what does a billing error cost you when it slips through? Who else cares most about freight spend?",
            DrillScript.Start.AddMinutes(1), []);

        Assert.NotEqual(CriterionStatus.Met, update.Score!.Criteria.Single(c => c.Id == Rubric.Control).Status);
        var worked = WorkedNames(update.Messages[0]);
        Assert.DoesNotContain(worked, w => w.Contains("next step", StringComparison.OrdinalIgnoreCase) || w.Contains("control", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void HipaaCompliantAlone_IsNotEvidence_InTheDrillFeedback()
    {
        var category = TestContent.Catalog.GetCategory("trust");
        var update = _engine.StartPractice(DrillScript.NewUser(), category, null, DrillScript.SessionFor(category, "it-security"), DrillScript.Start);

        update = _engine.Answer(update.State,
            "I hear you: after last year's breach, being careful with a new vendor is exactly your job. What would you need to see from us? We are HIPAA compliant. Can we book your security review for Tuesday at 10?",
            DrillScript.Start.AddMinutes(1), []);

        Assert.NotEqual(CriterionStatus.Met, update.Score!.Criteria.Single(c => c.Id == Rubric.Value).Status);
        Assert.DoesNotContain(WorkedNames(update.Messages[0]), w => w.Contains("evidence", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The criteria a feedback message lists as worked (✓ facts, or the "Worked" fact's list).</summary>
    internal static List<string> WorkedNames(OutboundMessage feedback)
    {
        var facts = feedback.Sections.SelectMany(s => s.Facts).ToList();
        var names = facts.Where(f => f.Name.StartsWith('\u2713')).Select(f => f.Name).ToList();
        names.AddRange(facts.Where(f => f.Name.StartsWith("Worked", StringComparison.Ordinal)).SelectMany(f => f.Value.Split(';', ',')).Select(v => v.Trim()));
        return names;
    }

    /// <summary>How many better lines a feedback text offers.</summary>
    internal static int CountBetterLines(string text) =>
        System.Text.RegularExpressions.Regex.Count(text, "(A better line|Try|Say):");
}
