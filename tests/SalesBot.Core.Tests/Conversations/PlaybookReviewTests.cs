using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Conversations;

/// <summary>The playbook review flow as a two-way conversation: managers hear about nominations, sellers about decisions.</summary>
public sealed class PlaybookReviewTests
{
    private readonly ChatHarness _chat = new("manager", "mia", "max");

    private static string Strong => TestContent.ModelAnswer(TestContent.Catalog.GetCategory("price"));

    private async Task<MessageAction> NominateButtonAsync(string seller)
    {
        await _chat.SendAsync(seller, "practice price");
        var scored = await _chat.SendAsync(seller, Strong);
        return scored[0].Actions.Single(a => a.Id == DrillMessages.ActionNominate);
    }

    [Fact]
    public async Task Nominating_TellsEveryReachableManagerOfTheTenant_ButNoOneElse()
    {
        await _chat.SendAsync("mia", "hi");
        await _chat.SendAsync("max", "hi");
        await _chat.RunAsync(ChatHarness.Turn("max") with { Kind = TurnKind.Removed });
        await _chat.SendAsync("bob", "hi");
        var nominate = await NominateButtonAsync("alice");

        await _chat.PressAsync("alice", nominate, sourceMessageId: "score-card-1");

        // "manager" never wrote (no reference); max removed the bot; bob is no manager.
        var followUp = Assert.Single(_chat.FollowUps);
        Assert.Equal(ChatHarness.User("mia"), followUp.User);
        Assert.Equal("playbook-nomination", followUp.Reason);
        var card = Assert.Single(followUp.Messages);
        Assert.Equal("New playbook nomination", card.Title);
        Assert.Contains(card.Sections[0].Facts, f => f.Name == "Answer" && f.Value == Strong);
        Assert.Equal(
            [(DrillMessages.ActionApprove, ButtonStyle.Positive), (DrillMessages.ActionReject, ButtonStyle.Destructive), (DrillMessages.ActionReview, ButtonStyle.Default)],
            card.Actions.Select(a => (a.Id, a.Style)));

        // The score card whose button was pressed stops offering it (the default for a press).
        Assert.Equal(SourceUpdateKind.RetireActions, _chat.Last.SourceUpdate!.Kind);
    }

    [Fact]
    public async Task Approving_ReplacesThePressedCard_AndTellsTheSeller()
    {
        await _chat.SendAsync("mia", "hi");
        await _chat.PressAsync("alice", await NominateButtonAsync("alice"));
        var approve = _chat.FollowUps.Single().Messages[0].Actions.Single(a => a.Id == DrillMessages.ActionApprove);

        var replies = await _chat.PressAsync("mia", approve, sourceMessageId: "nomination-card-1");

        Assert.Contains("Approved", replies[0].Text, StringComparison.Ordinal);
        var update = _chat.Last.SourceUpdate!;
        Assert.Equal(SourceUpdateKind.Replace, update.Kind);
        Assert.Equal("\u2713 Approved by mia", update.Replacement!.Title);
        Assert.Empty(update.Replacement.Actions);
        var toSeller = Assert.Single(_chat.FollowUps);
        Assert.Equal(ChatHarness.User("alice"), toSeller.User);
        Assert.Equal("playbook-decision", toSeller.Reason);
        Assert.Contains("mia approved your", toSeller.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondManagerPressingLater_SeesTheCardAsDecided_AndNobodyIsToldTwice()
    {
        await _chat.SendAsync("mia", "hi");
        await _chat.SendAsync("max", "hi");
        await _chat.PressAsync("alice", await NominateButtonAsync("alice"));
        var reject = _chat.FollowUps.First(f => f.User.UserId == "max").Messages[0].Actions.Single(a => a.Id == DrillMessages.ActionReject);
        var approve = _chat.FollowUps.First(f => f.User.UserId == "mia").Messages[0].Actions.Single(a => a.Id == DrillMessages.ActionApprove);

        await _chat.PressAsync("max", reject, sourceMessageId: "card-max");
        Assert.Equal("\u2717 Rejected by max", _chat.Last.SourceUpdate!.Replacement!.Title);
        var late = await _chat.PressAsync("mia", approve, sourceMessageId: "card-mia");

        Assert.Equal("That answer was already rejected.", late[0].Text);
        Assert.Equal("\u2717 Rejected by max", _chat.Last.SourceUpdate!.Replacement!.Title);
        Assert.Empty(_chat.FollowUps);
    }

    [Fact]
    public async Task AButtonPress_WithoutAChoiceByTheHandler_RetiresThePressedCardsButtons()
    {
        var menu = await _chat.SendAsync("alice", "help");

        await _chat.PressAsync("alice", menu[^1].Actions.First(a => a.Id == DrillMessages.ActionProgress), sourceMessageId: "help-card");
        Assert.Equal(SourceMessageUpdate.RetireActions, _chat.Last.SourceUpdate);

        await _chat.PressAsync("alice", menu[^1].Actions.First(a => a.Id == DrillMessages.ActionProgress));
        Assert.Null(_chat.Last.SourceUpdate);

        await _chat.SendAsync("alice", "progress");
        Assert.Null(_chat.Last.SourceUpdate);
    }
}
