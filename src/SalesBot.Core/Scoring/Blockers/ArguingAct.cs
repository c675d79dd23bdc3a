using SalesBot.Core.Scoring.Criteria;
using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>Arguing with or dismissing the buyer: "that's not true", "trust me", "you get what you pay for", "everyone says that".</summary>
internal sealed class ArguingAct : PhraseAct
{
    public static readonly ArguingAct Instance = new();

    private static readonly string[] Phrases =
    [
        "that's not true", "that is not true", "that's just not true", "not true", "you're wrong", "you are wrong", "that's wrong",
        "that's incorrect", "you're mistaken", "trust me", "believe me", "with all due respect", "you don't understand", "that's ridiculous",
        "that's silly", "you're missing", "you are missing", "that's a mistake", "big mistake", "you'll regret", "you will regret",
        "clearly you", "you clearly", "honestly that's", "no offense", "no offence", "with respect", "respectfully", "there's never a good time",
        "never a good time", "that's the thing", "hear that a lot", "hear that all the time", "get that a lot", "everyone says that",
        "everybody says that", "heard that before", "i hear that often", "you get what you pay for", "making a mistake", "a mistake if",
        "outdated", "waste of money", "every modern", "nobody serious", "no one serious", "stone age", "behind the times", "moved on from",
        "is dead", "old-fashioned", "old fashioned", "archaic", "living in the past", "you'll never read", "never read it", "cheaping out",
        "that's just how it is", "just how it is", "way too late", "you're overthinking", "overthinking", "i disagree", "i'd disagree",
        "goes to die", "everyone says",
    ];

    /// <summary>The arguing cues, for the acknowledgement judge (arguing in the first sentences is no acknowledgement).</summary>
    public static readonly CueSet Cues = CuePattern.Compile(Phrases);

    private static readonly ActPattern[] All = [ActPattern.Phrases(Phrases)];

    public override string Id => "arguing";

    public override string Description => "Argued with or dismissed the buyer";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) => BetterLines.For(answer, Rubric.Acknowledge);
}
