using SalesBot.Core.Conversations;
using SalesBot.Core.Conversations.Handlers;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Conversations;

/// <summary>"forget me": asked with a destructive button, erased only on a fresh confirmation, and nothing of that turn stored.</summary>
public sealed class ForgetMeTests
{
    private readonly ChatHarness _chat = new();

    [Theory]
    [InlineData("forget me")]
    [InlineData("Forget me please")]
    [InlineData("delete my data")]
    [InlineData("erase my data")]
    public void Parse_ForgetPhrases_AreTheForgetCommand(string text)
    {
        Assert.Equal(CommandKind.Forget, Assert.IsType<Command>(CommandParser.Parse(text, inDrill: false)).Kind);
    }

    [Fact]
    public void Parse_InADrill_AnAnswerMentioningForgetting_IsStillAnAnswer()
    {
        Assert.Null(CommandParser.Parse("Forget the price for a second: what does the delay cost you each month?", inDrill: true));
        Assert.Equal(CommandKind.Forget, Assert.IsType<Command>(CommandParser.Parse("forget me", inDrill: true)).Kind);
    }

    [Fact]
    public async Task ForgetMe_AsksFirst_WithADestructiveConfirmation_AndErasesNothingYet()
    {
        await _chat.SendAsync("alice", "practice price");

        var asked = await _chat.SendAsync("alice", "forget me");

        var card = Assert.Single(asked);
        Assert.Equal(
            [(DrillMessages.ActionForgetConfirm, ButtonStyle.Destructive), (DrillMessages.ActionForgetCancel, ButtonStyle.Default)],
            card.Actions.Select(a => (a.Id, a.Style)));
        Assert.Equal(0, _chat.Store.Erasures);
        Assert.NotNull(await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None));
    }

    [Fact]
    public async Task Confirming_ErasesTheUser_AndStoresNothingOfThatTurn()
    {
        await _chat.SendAsync("alice", "practice price");
        var confirm = (await _chat.SendAsync("alice", "forget me"))[0].Actions[0];
        _chat.Time.Advance(TimeSpan.FromMinutes(10));

        var done = await _chat.PressAsync("alice", confirm, sourceMessageId: "forget-card");

        Assert.Contains("deleted", ChatHarness.AllText(done), StringComparison.Ordinal);
        Assert.Equal(1, _chat.Store.Erasures);
        Assert.Null(await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None));
        Assert.Empty(await _chat.Store.GetTranscriptAsync(ChatHarness.User("alice"), CancellationToken.None));
        Assert.Equal(SourceUpdateKind.RetireActions, _chat.Last.SourceUpdate!.Kind);
    }

    [Fact]
    public async Task Confirming_AfterTheWindow_OrCancelling_ErasesNothing()
    {
        var asked = await _chat.SendAsync("alice", "forget me");
        _chat.Time.Advance(ForgetMeHandler.ConfirmWindow + TimeSpan.FromSeconds(1));

        var actions = asked.SelectMany(m => m.Actions).ToList();
        var late = await _chat.PressAsync("alice", actions.Single(a => a.Id == DrillMessages.ActionForgetConfirm));
        var cancelled = await _chat.PressAsync("alice", actions.Single(a => a.Id == DrillMessages.ActionForgetCancel));

        Assert.Contains("expired", ChatHarness.AllText(late), StringComparison.Ordinal);
        Assert.Contains("Nothing was deleted", ChatHarness.AllText(cancelled), StringComparison.Ordinal);
        Assert.Equal(0, _chat.Store.Erasures);
        Assert.Equal(3, (await _chat.Store.LoadAsync(ChatHarness.User("alice"), CancellationToken.None))!.State.Turns);
    }
}
