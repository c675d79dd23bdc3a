using Microsoft.Extensions.Time.Testing;
using SalesBot.Teams.Pipeline;

namespace SalesBot.Teams.Tests.Pipeline;

public sealed class TeamsCardMemoryTests
{
    private static readonly OutboundMessage Card = new() { Title = "Dana, CFO", Text = "Too expensive.", Actions = [new MessageAction("hint", "Hint")] };

    [Fact]
    public void Retired_IsTheCardWithoutButtons_PlusTheChoice_AndIsTakenOnce()
    {
        var memory = new TeamsCardMemory(new FakeTimeProvider());
        memory.RememberSent("a:1", "1:m", Card);
        memory.RememberPress("a:1", "1:m", "**Hint**");

        var retired = memory.Retired("a:1", "1:m")!;

        Assert.Equal("Dana, CFO", retired.Title);
        Assert.Equal("Too expensive.", retired.Text);
        Assert.Empty(retired.Actions);
        Assert.Equal("\u2713 You chose **Hint**", Assert.Single(retired.Sections).Text);
        Assert.Null(memory.Retired("a:1", "1:m"));
    }

    [Fact]
    public void Retired_WithoutAKnownPress_DropsOnlyTheButtons()
    {
        var memory = new TeamsCardMemory(new FakeTimeProvider());
        memory.RememberSent("a:1", "1:m", Card);

        var retired = memory.Retired("a:1", "1:m")!;

        Assert.Empty(retired.Actions);
        Assert.Empty(retired.Sections);
    }

    [Fact]
    public void MessagesWithoutButtons_AndOtherConversations_AreNotRetired()
    {
        var memory = new TeamsCardMemory(new FakeTimeProvider());
        memory.RememberSent("a:1", "1:plain", OutboundMessage.Plain("hello"));
        memory.RememberSent("a:1", "1:m", Card);

        Assert.Null(memory.Retired("a:1", "1:plain"));
        Assert.Null(memory.Retired("a:2", "1:m"));
    }

    [Fact]
    public void Cards_ExpireAfterTheirLifetime()
    {
        var time = new FakeTimeProvider();
        var memory = new TeamsCardMemory(time);
        memory.RememberSent("a:1", "1:old", Card);

        time.Advance(TeamsCardMemory.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Null(memory.Retired("a:1", "1:old"));
        memory.RememberSent("a:1", "1:new", Card);
        Assert.NotNull(memory.Retired("a:1", "1:new"));
    }

    [Fact]
    public void Memory_IsBounded_ForgettingTheOldestFirst()
    {
        var memory = new TeamsCardMemory(new FakeTimeProvider());
        for (var i = 0; i <= TeamsCardMemory.Capacity; i++)
        {
            memory.RememberSent("a:1", $"1:{i}", Card);
        }

        Assert.Null(memory.Retired("a:1", "1:0"));
        Assert.NotNull(memory.Retired("a:1", "1:1"));
        Assert.NotNull(memory.Retired("a:1", $"1:{TeamsCardMemory.Capacity}"));
    }

    [Fact]
    public void Forget_DropsAReplacedCard()
    {
        var memory = new TeamsCardMemory(new FakeTimeProvider());
        memory.RememberSent("a:1", "1:m", Card);

        memory.Forget("a:1", "1:m");

        Assert.Null(memory.Retired("a:1", "1:m"));
    }
}
