using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Drills;

/// <summary>A blocked answer's feedback names the words that triggered the blocker (issue 8).</summary>
public sealed class BlockerFeedbackTests
{
    private readonly ChatHarness _chat = new();

    [Fact]
    public async Task DiscountInOtherWords_IsBlocked_AndTheFeedbackQuotesTheWords()
    {
        await _chat.SendAsync("alice", "practice price");

        var replies = await _chat.SendAsync("alice", "I hear you. Leave it with me, I'm confident I can make sure our number lands where theirs does.");

        var feedback = PlainText.Render(replies[0]);
        Assert.Contains("blocked", replies[0].Title, StringComparison.Ordinal);
        Assert.Contains("(the words \u201Cour number lands where theirs\u201D)", feedback, StringComparison.Ordinal);
    }
}
