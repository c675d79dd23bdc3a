using SalesBot.Core.Messaging;
using SalesBot.Core.Drills;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;
using SalesBot.Core.Transcripts;

namespace SalesBot.Core.Tests.Conversations;

public sealed class ConversationServiceTests
{
    private const string Weak = "Our product is really good, you should buy it.";

    private readonly ChatHarness _chat = new("manager");

    private static string Strong(string category) => TestContent.ModelAnswer(TestContent.Catalog.GetCategory(category));

    [Fact]
    public async Task FirstContact_Welcomes_AndHelpListsTheCommands()
    {
        var replies = await _chat.SendAsync("alice", "help");

        var text = ChatHarness.AllText(replies);
        Assert.Contains("Hi alice", text, StringComparison.Ordinal);
        foreach (var command in new[] { "practice", "roleplay", "progress", "playbook", "stop" })
        {
            Assert.Contains(command, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("review", text, StringComparison.Ordinal);
        Assert.Contains("review", ChatHarness.AllText(await _chat.SendAsync("manager", "help")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PracticePrice_RaisesAPriceObjectionAsABuyer()
    {
        var replies = await _chat.SendAsync("alice", "practice price");

        var buyer = replies[^1];
        Assert.Equal(MessageKind.Buyer, buyer.Kind);
        Assert.Contains(TestContent.Catalog.GetCategory("price").Phrasings, p => buyer.Text!.Contains(p.Text, StringComparison.Ordinal));
        Assert.Contains("round 1 of 3", ChatHarness.AllText(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeakAnswer_IsScoredExplained_AndPushedBack()
    {
        await _chat.SendAsync("alice", "practice price");

        var replies = await _chat.SendAsync("alice", Weak);

        var card = replies[0];
        Assert.Equal(MessageKind.Feedback, card.Kind);
        Assert.Matches(@"Score: \d{1,3}/100", card.Title);
        var text = PlainText.Render(card);
        Assert.Contains("Fix: ", text, StringComparison.Ordinal);
        Assert.Contains("A better line:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("What was missing", text, StringComparison.Ordinal);
        var pushback = replies[1];
        Assert.Equal(MessageKind.Buyer, pushback.Kind);
        Assert.Contains("attempt 2", ChatHarness.AllText(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailsButton_ShowsTheFullBreakdown_OfThatAnswer_AndKeepsTheFeedback()
    {
        await _chat.SendAsync("alice", "practice price");
        var replies = await _chat.SendAsync("alice", Weak);
        var details = Assert.Single(replies[0].Actions, a => a.Id == DrillFeedback.ActionDetails);

        await _chat.SendAsync("alice", Strong("price"));
        var shown = await _chat.PressAsync("alice", details, sourceMessageId: "feedback-1");

        var full = Assert.Single(shown);
        var text = PlainText.Render(full);
        Assert.Contains("What was missing", text, StringComparison.Ordinal);
        Assert.Contains("Rubric", text, StringComparison.Ordinal);
        Assert.Equal(replies[0].Title, full.Title);
        Assert.Equal(SourceUpdateKind.Keep, _chat.Last.SourceUpdate!.Kind);
    }

    [Fact]
    public async Task StrongAnswer_PassesSoftensTheBuyer_AndMovesToTheNextRound()
    {
        await _chat.SendAsync("alice", "practice price");

        var replies = await _chat.SendAsync("alice", Strong("price"));

        Assert.Contains("pass", replies[0].Title, StringComparison.Ordinal);
        var persona = TestContent.Catalog.Personas.Single(p => replies[1].Speaker!.StartsWith(p.Name, StringComparison.Ordinal));
        Assert.Contains(persona.Lines.Softening, line => replies[1].Text!.Contains(line, StringComparison.Ordinal));
        Assert.Contains("Round 2 of 3", ChatHarness.AllText(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullDrill_EndsWithASummary_AndUpdatesProgress()
    {
        await _chat.SendAsync("alice", "practice price");
        IReadOnlyList<OutboundMessage> last = [];
        for (var round = 0; round < DrillEngine.PracticeRounds; round++)
        {
            last = await _chat.SendAsync("alice", Strong("price"));
        }

        Assert.Equal(MessageKind.Summary, last[^1].Kind);
        Assert.Contains("Drill complete", last[^1].Title, StringComparison.Ordinal);
        var stored = await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Null(stored!.State.Session);
        Assert.Equal(3, stored.State.ProgressFor("price")!.Attempts.Count);
        var sessions = await _chat.Store.GetSessionsAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Equal(SessionStatus.Completed, Assert.Single(sessions).Status);
    }

    [Fact]
    public async Task RepeatUntilProficient_ThreePassesOnDifferentPhrasings()
    {
        await _chat.SendAsync("alice", "practice trust");
        var persona = (await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None))!.State.Session!.PersonaId;
        for (var round = 0; round < DrillEngine.PracticeRounds; round++)
        {
            // Three different strong answers: the same one pasted three times is not proficiency (ProgressTruthTests).
            await _chat.SendAsync("alice", StrongAnswers.For("trust", persona, round));
        }

        var progress = ChatHarness.AllText(await _chat.SendAsync("alice", "progress"));

        Assert.Contains("\u2713 Trust", progress, StringComparison.Ordinal);
        Assert.Contains("proficient in 1 of 8", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PracticeWithoutCategory_PicksTheWeakest_AndSaysWhy()
    {
        await _chat.SendAsync("alice", "practice timing");
        await _chat.SendAsync("alice", Weak);
        await _chat.SendAsync("alice", "stop");

        var replies = await _chat.SendAsync("alice", "practice");

        var text = ChatHarness.AllText(replies);
        Assert.Contains("Timing / urgency drill", text, StringComparison.Ordinal);
        Assert.Contains("weakest", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("practice status-quo", "Status quo")]
    [InlineData("practice pricing", "Price")]
    [InlineData("Practise the brush off one", "Brush-off")]
    public async Task Practice_AcceptsSynonymsAndExtraWords(string text, string expectedTitle)
    {
        var replies = await _chat.SendAsync("alice", text);

        Assert.StartsWith(expectedTitle, replies.First(r => r.Title?.Contains("drill", StringComparison.Ordinal) == true).Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownCommand_GetsAHelpfulReply()
    {
        await _chat.SendAsync("alice", "hi");

        var replies = await _chat.SendAsync("alice", "prgrss");

        var text = ChatHarness.AllText(replies);
        Assert.Contains("Did you mean `progress`?", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("help", text, StringComparison.Ordinal);
        Assert.NotEmpty(replies[0].Actions);
    }

    [Fact]
    public async Task TypoInADrill_IsAskedAbout_NotScored()
    {
        await _chat.SendAsync("alice", "practice price");

        var replies = await _chat.SendAsync("alice", "stpo");

        Assert.Contains("Did you mean `stop`?", replies[0].Text, StringComparison.Ordinal);
        var stored = await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Null(stored!.State.ProgressFor("price"));
        Assert.NotNull(stored.State.Session);
    }

    [Fact]
    public async Task Stop_EndsTheDrill_AndKeepsTheScores()
    {
        await _chat.SendAsync("alice", "practice price");
        await _chat.SendAsync("alice", Weak);

        var replies = await _chat.SendAsync("alice", "stop");

        Assert.Contains("Drill stopped after 1 scored answer", replies[0].Text, StringComparison.Ordinal);
        var stored = await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Null(stored!.State.Session);
        Assert.Single(stored.State.ProgressFor("price")!.Attempts);
    }

    [Fact]
    public async Task EveryTurn_IsInTheTranscript_WithTheScoreBreakdownForScoredTurns()
    {
        await _chat.SendAsync("alice", "help");
        await _chat.SendAsync("alice", "practice price");
        await _chat.SendAsync("alice", Strong("price"));

        var transcript = await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None);

        Assert.Equal([1L, 2, 3], transcript.Select(e => e.Sequence));
        Assert.Equal(["help", "practice price", Strong("price")], transcript.Select(e => e.UserText));
        Assert.All(transcript, e => Assert.NotEmpty(e.Replies));
        var scored = transcript[2];
        Assert.NotNull(scored.Score);
        Assert.Equal(Rubric.Version, scored.RubricVersion);
        Assert.Equal("price", scored.CategoryId);
        Assert.NotNull(scored.BuyerLine);
        Assert.Equal(scored.SessionId, transcript[1].SessionId);
        Assert.Null(transcript[0].Score);
    }

    [Fact]
    public async Task ConcurrentWrite_ReRunsTheTurnOnFreshState()
    {
        await _chat.SendAsync("alice", "practice price");
        _chat.Store.BeforeNextCommit = () => _chat.Store.Touch(ChatHarness.User("alice"));

        var replies = await _chat.SendAsync("alice", Strong("price"));

        Assert.Contains("pass", replies[0].Title, StringComparison.Ordinal);
        var transcript = await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Equal(2, transcript.Count);
    }

    [Fact]
    public async Task AbandonedDrill_IsClosedPolitely_AfterTheTimeout()
    {
        await _chat.SendAsync("alice", "practice price");
        _chat.Time.Advance(DrillEngine.SessionTimeout + TimeSpan.FromMinutes(1));

        var replies = await _chat.SendAsync("alice", "is anyone there?");

        Assert.Contains("timed out", replies[0].Text, StringComparison.Ordinal);
        var sessions = await _chat.Store.GetSessionsAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Equal(SessionStatus.Abandoned, sessions.Single().Status);
    }

    [Fact]
    public async Task Playbook_NominateApprove_AndTeammatesSeeTheModelAnswer()
    {
        await _chat.SendAsync("alice", "practice price");
        var scored = await _chat.SendAsync("alice", Strong("price"));
        var nominate = scored[0].Actions.Single(a => a.Id == DrillMessages.ActionNominate);

        var nominated = await _chat.PressAsync("alice", nominate);
        Assert.Contains("Nominated", nominated[0].Text, StringComparison.Ordinal);
        Assert.Contains("Only managers", ChatHarness.AllText(await _chat.SendAsync("bob", "review")), StringComparison.Ordinal);

        var review = await _chat.SendAsync("manager", "review");
        var approve = review[^1].Actions.Single(a => a.Id == DrillMessages.ActionApprove);
        var approved = await _chat.PressAsync("manager", approve);
        Assert.Contains("Approved", approved[0].Text, StringComparison.Ordinal);

        var playbook = ChatHarness.AllText(await _chat.SendAsync("bob", "playbook price"));
        Assert.Contains(Strong("price"), playbook, StringComparison.Ordinal);

        await _chat.SendAsync("bob", "practice price");
        var session = (await _chat.Store.LoadAsync(ChatHarness.User("bob"), CancellationToken.None))!.State.Session!;
        var attempts = OutcomeRules.PracticeAttempts(TestContent.Catalog.GetPersona(session.PersonaId), TestContent.Catalog.FindPhrasing(session.StepId)!.Difficulty);
        IReadOnlyList<OutboundMessage> replies = [];
        var answers = 0;
        while (answers < 4 && !replies.Any(r => r.Title == "From your team's playbook"))
        {
            replies = await _chat.SendAsync("bob", Weak);
            answers++;
        }

        // The teammate's model answer closes the round: after exactly as many weak attempts as this buyer allows.
        Assert.Contains(replies, r => r.Title == "From your team's playbook" && r.Text!.Contains(Strong("price"), StringComparison.Ordinal));
        Assert.Equal(attempts, answers);
        var entries = await _chat.Playbook.ListAsync("local:local", CancellationToken.None);
        Assert.Equal(PlaybookStatus.Approved, Assert.Single(entries).Status);
    }

    [Fact]
    public async Task RolePlay_WithoutArgument_ListsScenarios_WithPersonaStartsOne()
    {
        var list = await _chat.SendAsync("alice", "roleplay");
        Assert.Equal(TestContent.Catalog.Scenarios.Count, list[^1].Actions.Count);

        var started = await _chat.SendAsync("alice", "roleplay cfo");

        Assert.Contains("Role-play: ", started.First(r => r.Title is not null).Title, StringComparison.Ordinal);
        Assert.Equal(MessageKind.Buyer, started[^1].Kind);
        Assert.StartsWith("Dana", started[^1].Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchingDrills_ClosesTheOldOne()
    {
        await _chat.SendAsync("alice", "practice price");

        await _chat.SendAsync("alice", "practice timing");

        var sessions = await _chat.Store.GetSessionsAsync(ChatHarness.User("alice"), CancellationToken.None);
        Assert.Equal([SessionStatus.Stopped, SessionStatus.InProgress], sessions.Select(s => s.Status));
    }
}
