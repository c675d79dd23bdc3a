using System.Text.RegularExpressions;
using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Drills;

/// <summary>
/// The buyer is coherent with who they are and with what the seller said (issue 8, "what a seller saw"): hints, better
/// lines and examples use the current buyer's facts; pushbacks answer what the answer did or failed to do.
/// </summary>
public sealed partial class BuyerCoherenceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Weak = "Our product is really good, you should buy it.";

    private readonly DrillEngine _engine = new(TestContent.Catalog, new AnswerScorer());

    public static IEnumerable<object[]> CategoryBuyers() =>
        TestContent.Catalog.Categories.SelectMany(c => c.PersonaIds.Select(p => new object[] { c.Id, p }));

    [Theory]
    [MemberData(nameof(CategoryBuyers))]
    public void PracticeDrill_HintsBetterLinesAndExamples_UseOnlyTheCurrentBuyersFacts(string categoryId, string personaId)
    {
        var category = TestContent.Catalog.GetCategory(categoryId);
        var persona = TestContent.Catalog.GetPersona(personaId);
        var said = new List<OutboundMessage>();
        var now = DrillScript.Start;
        var update = _engine.StartPractice(DrillScript.NewUser(), category, null, DrillScript.SessionFor(category, personaId), now);
        said.AddRange(update.Messages);
        for (var turn = 0; turn < 12 && update.State.Session is { } session; turn++)
        {
            said.Add(_engine.Hint(session));
            now = now.AddMinutes(1);
            update = _engine.Answer(update.State, Weak, now, []);
            said.AddRange(update.Messages);
        }

        var text = DrillScript.Text(said);
        var foreign = DrillScript.ForeignFacts(persona).Where(f => DrillScript.Mentions(text, f)).ToList();
        output.WriteLine(text);
        Assert.True(foreign.Count == 0, $"{persona.Name} ({categoryId}) heard another buyer's facts: {string.Join(", ", foreign)}");
    }

    [Fact]
    public async Task Nomination_AfterAPushback_IsPairedWithTheObjectionTheAnswerHandled()
    {
        var chat = new ChatHarness();
        var started = await chat.SendAsync("alice", "practice price");
        var objection = started[^1].Text!.Trim('\u201C', '\u201D');
        var session = (await chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None))!.State.Session!;
        var persona = TestContent.Catalog.GetPersona(session.PersonaId);
        await chat.SendAsync("alice", Weak);

        var scored = await chat.SendAsync("alice", StrongAnswers.For("price", persona.Id, 0));
        await chat.PressAsync("alice", scored.SelectMany(m => m.Actions).Single(a => a.Id == DrillMessages.ActionNominate));

        var entry = Assert.Single(await chat.Playbook.ListAsync("local:local", CancellationToken.None));
        Assert.Equal(objection, entry.Objection);
    }

    [Fact]
    public void ModelAnswer_NeverNamesAnotherBuyersCompany_AndPrefersThePhrasingJustAnswered()
    {
        var category = TestContent.Catalog.GetCategory("price");
        var cfo = TestContent.Catalog.GetPersona("cfo");
        var update = _engine.StartPractice(DrillScript.NewUser(), category, null, DrillScript.SessionFor(category, "procurement"), DrillScript.Start);
        var phrasing = update.State.Session!.StepId;
        var other = category.Phrasings.First(p => p.Id != phrasing).Id;
        PlaybookEntry[] entries =
        [
            Entry("for-dana", other, $"At {cfo.Company} the board wants 12% out; compared to what?", 100),
            Entry("same-phrasing", phrasing, "Fair push. What are you comparing us with? Customers recover the licence in five months. Thursday at 10?", 86),
            Entry("other-phrasing", other, "Compared to what? Payback is five months for teams like yours. Can we meet Tuesday at 9?", 95),
        ];

        // Weak answers until the buyer moves on from the first objection: the round ends with a teammate's answer.
        for (var turn = 0; turn < 6 && !update.Messages.Any(m => m.Title == "From your team's playbook"); turn++)
        {
            update = _engine.Answer(update.State, Weak, DrillScript.Start.AddMinutes(turn + 1), entries);
        }

        var shown = update.Messages.Single(m => m.Title == "From your team's playbook").Text!;
        Assert.DoesNotContain(cfo.Company, shown, StringComparison.Ordinal);
        Assert.Contains(entries[1].Answer, shown, StringComparison.Ordinal);
    }

    private static PlaybookEntry Entry(string id, string phrasingId, string answer, int score) => new()
    {
        Id = id,
        TenantKey = "local:local",
        CategoryId = "price",
        PhrasingId = phrasingId,
        Objection = TestContent.Catalog.FindPhrasing(phrasingId)!.Text,
        Answer = answer,
        Score = score,
        RubricVersion = Rubric.Version,
        Seller = ChatHarness.User("teammate"),
        NominatedAt = DrillScript.Start,
        Status = PlaybookStatus.Approved,
    };

    [Fact]
    public void RolePlayPushback_AfterAnAnswerWithANumber_NeverSaysThereWasNoNumber()
    {
        var scenario = TestContent.Catalog.FindScenario("cfo-budget-freeze")!;
        var update = StartAt(scenario, "objection-price", seed: 11);

        update = _engine.Answer(update.State,
            "Our customers recover 3% of carrier spend, which is $1.2 million a year for a business your size. That pays for the licence five times over.",
            DrillScript.Start.AddMinutes(2), []);

        var line = string.Join(" ", DrillScript.BuyerLines(update.Messages));
        Assert.NotEqual(AnswerOutcome.Strong, OutcomeRules.Classify(update.Score!, TestContent.Catalog.GetPersona("cfo"), scenario.Difficulty));
        Assert.DoesNotMatch(NoNumberClaim(), line);
    }

    [Fact]
    public void RolePlayPushback_NeverQuotesWordsTheSellerDidNotSay()
    {
        var scenario = TestContent.Catalog.FindScenario("security-review")!;
        var update = StartAt(scenario, "objection-trust", seed: 5);
        const string answer = "I understand the worry after last year. We are a small company but we are very careful and our team is experienced. You can trust us with this.";

        update = _engine.Answer(update.State, answer, DrillScript.Start.AddMinutes(2), []);

        foreach (var line in DrillScript.BuyerLines(update.Messages))
        {
            AssertNoPresumedWords(line, answer);
        }
    }

    [Fact]
    public void PracticePushbacks_NeverPresumeWhatTheSellerSaid()
    {
        var answers = new[]
        {
            Weak,
            "Our customers typically see a 25% reduction in costs within 6 months. It's a great product.",
            "I hear you. What matters most to you here?",
        };
        foreach (var category in TestContent.Catalog.Categories)
        {
            foreach (var personaId in category.PersonaIds)
            {
                for (var skip = 0; skip < 3; skip++)
                {
                    foreach (var answer in answers)
                    {
                        var update = _engine.StartPractice(DrillScript.NewUser(), category, null, DrillScript.SessionFor(category, personaId, skip), DrillScript.Start);
                        update = _engine.Answer(update.State, answer, DrillScript.Start.AddMinutes(1), []);
                        foreach (var line in DrillScript.BuyerLines(update.Messages))
                        {
                            AssertNoPresumedWords(line, answer);
                            if (answer.Any(char.IsDigit))
                            {
                                Assert.DoesNotMatch(NoNumberClaim(), line);
                            }
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void FollowUpObjections_RaiseSomethingNew_InOneVoice()
    {
        var followUps = 0;
        foreach (var scenario in TestContent.Catalog.Scenarios)
        {
            var persona = TestContent.Catalog.GetPersona(scenario.PersonaId);
            var scenarioCategories = scenario.Steps.Values.Select(s => s.CategoryId).OfType<string>().ToHashSet();
            for (var seed = 0; seed < 30; seed++)
            {
                var now = DrillScript.Start;
                var update = _engine.StartRolePlay(DrillScript.NewUser(), scenario, new Guid(seed, 3, 3, [9, 9, 9, 9, 9, 9, 9, 9]), now);
                var heard = DrillScript.BuyerLines(update.Messages).ToList();
                for (var turn = 0; turn < 20 && update.State.Session is { } session; turn++)
                {
                    now = now.AddMinutes(1);
                    update = _engine.Answer(update.State, RolePlayTests.StrongAnswer(scenario, session), now, []);
                    if (update.State.Session is { } next && next.StepId.StartsWith("followup:", StringComparison.Ordinal) && next.StepId != session.StepId)
                    {
                        followUps++;
                        var phrasing = TestContent.Catalog.FindPhrasing(next.StepId["followup:".Length..])!;
                        var line = DrillScript.BuyerLines(update.Messages).Last();
                        output.WriteLine($"{scenario.Id}/{session.StepId}: {line}");
                        Assert.NotEqual(session.CategoryId, phrasing.CategoryId);
                        Assert.DoesNotContain(phrasing.CategoryId, scenarioCategories);
                        Assert.DoesNotMatch(RoboticStitch(), line);
                        Assert.DoesNotContain(heard, h => h.Contains(phrasing.Text, StringComparison.Ordinal));
                        Assert.DoesNotContain(DrillScript.ForeignFacts(persona), f => DrillScript.Mentions(line, f));
                    }

                    heard.AddRange(DrillScript.BuyerLines(update.Messages));
                }
            }
        }

        Assert.True(followUps > 10, $"only {followUps} follow-ups were raised");
    }

    /// <summary>A role-play started and moved straight to <paramref name="stepId"/>.</summary>
    private DrillUpdate StartAt(Scenario scenario, string stepId, int seed)
    {
        var started = _engine.StartRolePlay(DrillScript.NewUser(), scenario, new Guid(seed, 1, 1, [1, 1, 1, 1, 1, 1, 1, 1]), DrillScript.Start);
        var step = scenario.Steps[stepId];
        var session = started.State.Session! with { StepId = step.Id, BuyerLine = step.Buyer, CategoryId = step.CategoryId, Trust = 50 };
        return started with { State = started.State with { Session = session } };
    }

    /// <summary>Words a buyer quotes back ('…', "you keep saying …", "everyone says …") must be the seller's own.</summary>
    private static void AssertNoPresumedWords(string line, string answer)
    {
        foreach (Match quoted in QuotedWords().Matches(line))
        {
            var words = quoted.Groups["words"].Value;
            Assert.True(answer.Contains(words, StringComparison.OrdinalIgnoreCase), $"The buyer quoted \u2018{words}\u2019, which the seller never said: {line}");
        }
    }

    [GeneratedRegex(@"(?:^|[\s(])['\u2018](?<words>[^'\u2019]{3,60})['\u2019]|(?:keep saying|everyone says|every vendor says|everyone sells me)\s+['\u2018]?(?<words>[\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedWords();

    [GeneratedRegex(@"haven't given me a number|not a number|no number|without a number|still no number", RegexOptions.IgnoreCase)]
    private static partial Regex NoNumberClaim();

    [GeneratedRegex(@"(Go on|Keep going|Continue)\.\s+But one more thing", RegexOptions.IgnoreCase)]
    private static partial Regex RoboticStitch();
}
