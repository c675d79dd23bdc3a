using System.Text.RegularExpressions;
using SalesBot.Core.Drills;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Drills;

/// <summary>Proficiency that means it (issue 8): repetition is not new evidence, and the labels agree with each other.</summary>
public sealed partial class ProgressTruthTests
{
    private readonly ChatHarness _chat = new();

    [Fact]
    public async Task PastingTheSameStrongAnswerInEveryRound_IsNotProficiency()
    {
        await _chat.SendAsync("alice", "practice trust");
        var persona = await PersonaAsync("alice");
        var answer = StrongAnswers.For("trust", persona, 0);
        for (var round = 0; round < DrillEngine.PracticeRounds; round++)
        {
            await _chat.SendAsync("alice", answer);
        }

        var progress = ChatHarness.AllText(await _chat.SendAsync("alice", "progress"));

        Assert.DoesNotContain("\u2713 Trust", progress, StringComparison.Ordinal);
        Assert.Contains("proficient in 0 of 8", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastedAnswer_IsToldItIsARepeat_AndIsNotOfferedForThePlaybook()
    {
        await _chat.SendAsync("alice", "practice trust");
        var answer = StrongAnswers.For("trust", await PersonaAsync("alice"), 1);
        var first = await _chat.SendAsync("alice", answer);

        var again = await _chat.SendAsync("alice", answer);

        Assert.Contains(first[0].Actions, a => a.Id == DrillMessages.ActionNominate);
        Assert.DoesNotContain("given this answer before", first[0].Text, StringComparison.Ordinal);
        Assert.Contains("given this answer before", again[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(again[0].Actions, a => a.Id == DrillMessages.ActionNominate);
    }

    [Fact]
    public async Task TriviallyEditedAnswers_AreNotNewEvidence()
    {
        await _chat.SendAsync("alice", "practice trust");
        var persona = await PersonaAsync("alice");
        var answer = StrongAnswers.For("trust", persona, 0);
        string[] edits = [answer, answer.Replace("Tuesday", "Wednesday", StringComparison.Ordinal) + " Thanks.", "Okay. " + answer.Replace("?", " please?", StringComparison.Ordinal)];
        foreach (var edit in edits)
        {
            await _chat.SendAsync("alice", edit);
        }

        var stored = await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None);
        var snapshot = Proficiency.Of("trust", stored!.State.ProgressFor("trust"), 6, _chat.Time.GetUtcNow());
        Assert.False(snapshot.IsProficient);
        Assert.Equal(1, snapshot.PassedPhrasings);
    }

    [Fact]
    public async Task Progress_NeverShowsAProficientLabel_ForACategoryThatIsNotProficient()
    {
        await _chat.SendAsync("alice", "practice price");
        await _chat.SendAsync("alice", StrongAnswers.For("price", await PersonaAsync("alice"), 0));
        var summary = await _chat.SendAsync("alice", "stop");

        var progress = (await _chat.SendAsync("alice", "progress"))[0];

        var proficientCount = int.Parse(ProficientCount().Match(progress.Title!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var facts = progress.Sections.SelectMany(s => s.Facts).ToList();
        Assert.Equal(proficientCount, facts.Count(f => f.Name.StartsWith('\u2713')));
        foreach (var fact in facts.Where(f => !f.Name.StartsWith('\u2713')))
        {
            Assert.DoesNotMatch(ProficientLabel(), fact.Value);
        }

        Assert.DoesNotMatch(ProficientLabel(), ChatHarness.AllText(summary));
    }

    private async Task<string> PersonaAsync(string user) =>
        (await _chat.Store.LoadAsync(ChatHarness.User(user), CancellationToken.None))!.State.Session!.PersonaId;

    [GeneratedRegex(@"proficient in (\d+) of")]
    private static partial Regex ProficientCount();

    [GeneratedRegex(@"\b(Proficient|Excellent)\b")]
    private static partial Regex ProficientLabel();
}
