using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Going around the contact: to their boss, directly, or taking the decision out of their hands ("I've already emailed
/// your managing partner directly", "leave Marta to me", "I'll make the case myself"). Meeting their boss together with
/// them, with the contact leading, is not going around them.
/// </summary>
internal sealed class GoingAroundAct : PhraseAct
{
    public static readonly GoingAroundAct Instance = new();

    private static readonly ActPattern[] All =
    [
        ActPattern.Phrases(
            "go over your head", "over your head", "go around you", "going around you", "behind your back", "skip you",
            "make the case myself", "make the case to them myself", "pitch it myself", "present it myself", "won't have to be the one deciding",
            "doesn't have to be the one deciding", "let's not wait for her", "let's not wait for him", "let's not wait for them",
            "hear about it from me first", "go straight to your", "call your boss directly", "email your boss directly",
            "contact your ceo directly", "call your ceo"),
        new(ActPart.Of("i've already", "i already", "i've", "i'll", "i will", "let me", "i can", "i'd", "i'm going to", "i am going to"),
            ActPart.Of("emailed", "email", "called", "call", "contact", "contacted", "reach out to", "reached out to", "message", "messaged",
                "talk to", "speak to", "go to", "write to", "get in touch with", "go straight to", "ping", "pinged"),
            ActPart.Of([.. ActWords.Bosses.Select(b => "your " + b), "the board", "the managing partner"]),
            ActPart.Of("directly", "myself", "instead", "first", "without", "behind"))
        { MaxGap = 3 },
        new(ActPart.Of("leave"), ActPart.Of("to me")) { MaxGap = 2 },
        // A back channel: "I actually know one of your board members, so I'll give him a call."
        new(ActPart.Of("i know", "i actually know", "i happen to know", "i'm friends with", "i am friends with", "i play golf with",
                "i used to work with", "i go way back with"),
            ActPart.Of([.. ActWords.Bosses.Select(b => "your " + b), "board member", "board members", "your board", "on the panel",
                "people on the panel", "the panel", "on the committee", "his assistant", "her assistant"]))
        { MaxGap = 4 },
        ActPattern.Phrases("get in front of", "go straight to your", "straight to your", "i'll get a slot in", "set up a call with your"),
    ];

    public override string Id => "going-around";

    public override string Description => "Went, or offered to go, around your contact";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) =>
        "Work with them, not around them: \"Who else will weigh in, and what will they ask you that I can help you answer?\"";
}
