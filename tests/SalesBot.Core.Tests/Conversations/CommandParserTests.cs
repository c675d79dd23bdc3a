using SalesBot.Core.Conversations;

namespace SalesBot.Core.Tests.Conversations;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help", CommandKind.Help, null)]
    [InlineData("HELP", CommandKind.Help, null)]
    [InlineData("  Help!  ", CommandKind.Help, null)]
    [InlineData("practice price", CommandKind.Practice, "price")]
    [InlineData("Practise pricing", CommandKind.Practice, "pricing")]
    [InlineData("can you practice the pricing objection please", CommandKind.Practice, "pricing")]
    [InlineData("practice", CommandKind.Practice, null)]
    [InlineData("pratice timing", CommandKind.Practice, "timing")]
    [InlineData("practice status-quo", CommandKind.Practice, "status-quo")]
    [InlineData("practice status quo", CommandKind.Practice, "status quo")]
    [InlineData("roleplay cfo", CommandKind.RolePlay, "cfo")]
    [InlineData("role play with the CFO", CommandKind.RolePlay, "cfo")]
    [InlineData("role-play", CommandKind.RolePlay, null)]
    [InlineData("progress", CommandKind.Progress, null)]
    [InlineData("how am I doing?", CommandKind.Progress, null)]
    [InlineData("playbook competitor", CommandKind.Playbook, "competitor")]
    [InlineData("stop", CommandKind.Stop, null)]
    [InlineData("@SalesBot practice trust", CommandKind.Practice, "trust")]
    [InlineData("/practice trust", CommandKind.Practice, "trust")]
    [InlineData("hi", CommandKind.Greeting, null)]
    public void Parse_OutsideADrill_IsForgiving(string text, CommandKind kind, string? argument)
    {
        var parsed = Assert.IsType<Command>(CommandParser.Parse(text, inDrill: false));

        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(argument, parsed.Argument);
    }

    [Theory]
    [InlineData("blorp")]
    [InlineData("what's the weather")]
    public void Parse_UnknownOutsideADrill_IsUnknown(string text)
    {
        Assert.IsType<UnknownCommand>(CommandParser.Parse(text, inDrill: false));
    }

    [Fact]
    public void Parse_SmallTypo_IsUnderstood_BigTypo_GetsASuggestion()
    {
        Assert.Equal(CommandKind.Progress, Assert.IsType<Command>(CommandParser.Parse("progres", inDrill: false)).Kind);

        var unknown = Assert.IsType<UnknownCommand>(CommandParser.Parse("prgrss", inDrill: false));

        Assert.Equal("progress", unknown.Suggestion);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("Stop.")]
    [InlineData("stop the drill")]
    [InlineData("practice timing")]
    [InlineData("roleplay cfo")]
    [InlineData("hint")]
    [InlineData("skip")]
    [InlineData("progress")]
    public void Parse_InADrill_ShortCommandsAreCommands(string text)
    {
        Assert.IsType<Command>(CommandParser.Parse(text, inDrill: true));
    }

    [Theory]
    [InlineData("Help me understand what budget you had in mind?")]
    [InlineData("Stop me if I'm wrong, but what are you comparing us with?")]
    [InlineData("Practice makes perfect, and our customers see 30% savings. Can we talk Thursday?")]
    [InlineData("That's fair. What would need to be true for this to work?")]
    [InlineData("help me out here")]
    public void Parse_InADrill_AnswersAreNotCommands(string text)
    {
        Assert.Null(CommandParser.Parse(text, inDrill: true));
    }

    [Fact]
    public void Parse_InADrill_OneWordTypoIsAskedAbout()
    {
        var unknown = Assert.IsType<UnknownCommand>(CommandParser.Parse("stpo", inDrill: true));

        Assert.Equal("stop", unknown.Suggestion);
    }
}
