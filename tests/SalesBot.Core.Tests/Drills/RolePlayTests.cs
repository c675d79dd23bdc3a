using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Drills;
using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;
using SalesBot.Core.Users;

namespace SalesBot.Core.Tests.Drills;

/// <summary>Scripted role-plays: a weak seller is pushed back and never gets the agreed next step; a strong seller gets it.</summary>
public sealed class RolePlayTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string WeakAnswer = "Our platform is the best on the market and honestly you should just buy it.";
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly DrillEngine _engine = new(TestContent.Catalog, new AnswerScorer());

    public static IEnumerable<object[]> Scenarios() => TestContent.Catalog.Scenarios.Select(s => new object[] { s.Id });

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void WeakSeller_IsPushedBack_AndNeverReachesTheAgreedNextStep(string scenarioId)
    {
        var scenario = TestContent.Catalog.FindScenario(scenarioId)!;

        var run = Play(scenario, _ => WeakAnswer, Guid.Parse("00000000-0000-0000-0000-000000000001"));

        Assert.NotEqual(EndingKind.AgreedNextStep, run.Ending);
        Assert.All(run.Outcomes, o => Assert.Equal(AnswerOutcome.Weak, o));

        // Pushback: after the first weak answer the buyer says the step the weak branch leads to, in character, opened by
        // a reaction to what the answer failed to do (this answer pitched without asking anything).
        var first = scenario.Steps[scenario.StartStepId];
        var pressed = scenario.Steps[first.Next!.Weak];
        var line = run.BuyerLines[1].TrimStart('\u201C').TrimEnd('\u201D');
        Assert.EndsWith(pressed.Buyer, line, StringComparison.Ordinal);
        var opener = line[..^pressed.Buyer.Length].Trim();
        Assert.NotEmpty(opener);
        Assert.Contains(opener, pressed.Reactions.Values.Concat(TestContent.Catalog.GetPersona(scenario.PersonaId).Reactions[AnswerGap.Pitched]));
        Assert.Contains(run.Visited, id => scenario.Steps[id].Ending == EndingKind.Lost || scenario.Steps[id].Ending == EndingKind.NoDecision);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void StrongSeller_ReachesTheAgreedNextStep(string scenarioId)
    {
        var scenario = TestContent.Catalog.FindScenario(scenarioId)!;

        var run = Play(scenario, session => StrongAnswer(scenario, session), Guid.Parse("00000000-0000-0000-0000-000000000002"));

        Assert.Equal(EndingKind.AgreedNextStep, run.Ending);
        Assert.All(run.Outcomes, o => Assert.Equal(AnswerOutcome.Strong, o));
        Assert.Contains("You got the next step", run.Debrief, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void MixedSellers_ReachTheAgreedNextStepOnlyOnAStrongAnswer(string scenarioId)
    {
        var scenario = TestContent.Catalog.FindScenario(scenarioId)!;
        var mediocre = "I understand. Lots of customers felt the same. Let me know if you want to chat.";
        for (var seed = 0; seed < 25; seed++)
        {
            var pick = seed;
            var run = Play(scenario, session => DrillRandom.Next(pick, session.Turn, 3) switch
            {
                0 => WeakAnswer,
                1 => mediocre,
                _ => StrongAnswer(scenario, session),
            }, new Guid(seed, 1, 2, [0, 0, 0, 0, 0, 0, 0, 3]));

            if (run.Ending == EndingKind.AgreedNextStep)
            {
                Assert.Equal(AnswerOutcome.Strong, run.Outcomes[^1]);
            }

            Assert.True(run.Outcomes.Count(o => o == AnswerOutcome.Weak) <= OutcomeRules.Patience(TestContent.Catalog.GetPersona(scenario.PersonaId), scenario.Difficulty) + 1);
        }
    }

    [Fact]
    public void Difficulty_RaisesTheBarForAStrongAnswer()
    {
        var cfo = TestContent.Catalog.GetPersona("cfo");
        var operations = TestContent.Catalog.GetPersona("operations");

        Assert.True(OutcomeRules.StrongThreshold(cfo, Difficulty.Hard) > OutcomeRules.StrongThreshold(cfo, Difficulty.Easy));
        Assert.True(OutcomeRules.StrongThreshold(cfo, Difficulty.Medium) > OutcomeRules.StrongThreshold(operations, Difficulty.Medium));
        Assert.True(OutcomeRules.Patience(operations, Difficulty.Easy) > OutcomeRules.Patience(cfo, Difficulty.Hard));
    }

    [Fact]
    public void Session_PersistsScenarioVersionAndStepId_NotAnIndex()
    {
        var scenario = TestContent.Catalog.Scenarios[0];
        var user = UserState.New(ChatHarness.User("rp"), "rp", Start);

        var started = _engine.StartRolePlay(user, scenario, Guid.NewGuid(), Start);

        Assert.Equal(scenario.Id, started.State.Session!.ScenarioId);
        Assert.Equal(scenario.Version, started.State.Session.ScenarioVersion);
        Assert.Equal(scenario.StartStepId, started.State.Session.StepId);
        Assert.Equal(Rubric.Version, started.State.Session.RubricVersion);
    }

    [Fact]
    public void Resume_AfterTheStepWasRemoved_ClosesPolitely()
    {
        var scenario = TestContent.Catalog.Scenarios[0];
        var user = UserState.New(ChatHarness.User("rp"), "rp", Start);
        var session = _engine.StartRolePlay(user, scenario, Guid.NewGuid(), Start).State.Session!;

        Assert.Equal(ResumeProblem.None, _engine.CheckResume(session, Start.AddMinutes(5)));
        Assert.Equal(ResumeProblem.ContentChanged, _engine.CheckResume(session with { StepId = "a-step-that-was-deleted" }, Start.AddMinutes(5)));
        Assert.Equal(ResumeProblem.RubricChanged, _engine.CheckResume(session with { RubricVersion = "2020.01-r0" }, Start.AddMinutes(5)));
        Assert.Equal(ResumeProblem.Expired, _engine.CheckResume(session, Start + DrillEngine.SessionTimeout + TimeSpan.FromMinutes(1)));
    }

    internal static string StrongAnswer(Scenario scenario, DrillSession session)
    {
        var persona = TestContent.Catalog.GetPersona(scenario.PersonaId);
        var terms = persona.ContextTerms.Phrases.Select(t => t.TrimEnd('*')).ToList();
        var step = session.StepId.StartsWith("followup:", StringComparison.Ordinal) ? null : scenario.FindStep(session.StepId);
        if (step is { Focus: StepFocus.Discovery })
        {
            return $"Fair enough, I won't pitch. To make this useful for you: how is {terms[0]} handled at {persona.Company} today, "
                + $"and what does it cost you when it goes wrong? And who else cares most about {terms[1]}?";
        }

        if (step is { Focus: StepFocus.Close })
        {
            return $"That's fair, and you've been clear about {terms[0]}. Here's what I propose: 30 minutes on Thursday at 10 with you and whoever owns {terms[1]}, "
                + "to build the business case with your numbers; a customer your size saved 20% in the first quarter. Does Thursday at 10 work?";
        }

        var category = TestContent.Catalog.GetCategory(session.CategoryId!);
        return $"{TestContent.ModelAnswer(category)} We'd use your own numbers on {terms[0]}.";
    }

    private (EndingKind? Ending, List<AnswerOutcome> Outcomes, List<string> Visited, List<string> BuyerLines, string Debrief) Play(
        Scenario scenario, Func<DrillSession, string> answer, Guid sessionId)
    {
        var persona = TestContent.Catalog.GetPersona(scenario.PersonaId);
        var now = Start;
        var update = _engine.StartRolePlay(UserState.New(ChatHarness.User("seller"), "seller", now), scenario, sessionId, now);
        var outcomes = new List<AnswerOutcome>();
        var visited = new List<string> { scenario.StartStepId };
        var buyerLines = new List<string> { update.Messages[^1].Text! };
        for (var turn = 0; turn < 30 && update.State.Session is { } session; turn++)
        {
            now = now.AddMinutes(1);
            var text = answer(session);
            update = _engine.Answer(update.State, text, now, []);
            output.WriteLine($"[{session.StepId}] {update.Score!.Overall} {OutcomeRules.Classify(update.Score!, persona, scenario.Difficulty)} :: {text}");
            foreach (var c in update.Score!.Criteria.Where(c => c.Status != CriterionStatus.Met))
            {
                output.WriteLine($"     {c.Id} {c.Status}");
            }

            outcomes.Add(OutcomeRules.Classify(update.Score!, persona, scenario.Difficulty));
            buyerLines.Add(update.Messages.Last(m => m.Kind == MessageKind.Buyer).Text!);
            visited.Add(update.State.Session?.StepId ?? update.Records[^1] switch { var r => r.Ending is null ? "?" : scenario.Steps.Values.First(s => s.Ending == r.Ending).Id });
        }

        var record = update.Records[^1];
        return (record.Ending, outcomes, visited, buyerLines, PlainText.Render(update.Messages[^1]));
    }
}
