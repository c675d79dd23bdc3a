using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Drills;

/// <summary>An answer in a language the rubric can't read gets an honest reply and doesn't count as an attempt (issue 8).</summary>
public sealed class UnscoredAnswerTests
{
    private const string Spanish = "Entiendo, y prefiero saberlo ahora. ¿Qué le preocupa más: el precio o que los ahorros nunca aparezcan? Podemos revisarlo juntos el martes a las tres.";

    private readonly ChatHarness _chat = new();

    [Fact]
    public async Task Practice_AnswerInSpanish_GetsAnHonestReplyAndNoAttempt()
    {
        var started = await _chat.SendAsync("alice", "practice price");
        var buyerLine = started[^1].Text;

        var replies = await _chat.SendAsync("alice", Spanish);

        var text = ChatHarness.AllText(replies);
        Assert.Contains("I can only score English answers", text, StringComparison.Ordinal);
        Assert.Contains("Spanish", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Score:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No acknowledgement", text, StringComparison.Ordinal);
        Assert.Equal(buyerLine, replies[^1].Text);
        var stored = await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Null(stored!.State.ProgressFor("price"));
        Assert.Equal(1, stored.State.Session!.Attempt);
        Assert.Empty(stored.State.Session.Scores);
        var transcript = await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Null(transcript[^1].Score);
    }

    [Fact]
    public async Task Practice_EnglishAfterSpanish_IsScoredAsTheFirstAttempt()
    {
        await _chat.SendAsync("alice", "practice price");
        await _chat.SendAsync("alice", Spanish);

        var replies = await _chat.SendAsync("alice", "Our product is really good, you should buy it.");

        Assert.Matches(@"Score: \d{1,3}/100", replies[0].Title);
        Assert.Contains("Attempt 1 at round 1", ChatHarness.AllText(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolePlay_AnswerInGerman_DoesNotMoveTheScenario()
    {
        await _chat.SendAsync("alice", "roleplay cfo");
        var before = (await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None))!.State.Session!;

        var replies = await _chat.SendAsync("alice", "Verstehe ich gut. Darf ich fragen, wie Sie das heute entscheiden und wer noch dabei ist? Wir könnten am Donnerstag um 10 Uhr sprechen.");

        Assert.Contains("I can only score English answers", ChatHarness.AllText(replies), StringComparison.Ordinal);
        var after = (await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None))!.State.Session!;
        Assert.Equal(before.StepId, after.StepId);
        Assert.Equal(before.Trust, after.Trust);
        Assert.Empty(after.Scores);
    }
}
