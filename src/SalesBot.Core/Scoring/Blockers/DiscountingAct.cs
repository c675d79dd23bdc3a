using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Discounting or price matching, in any wording: "20% off", "the first three months are on me", "I'll take the fee off",
/// "I can make sure our number lands where theirs does", "price won't be what separates us", "let me see what I can do".
/// A refund or exit clause is risk reversal, not a discount; a negated or quoted mention is not an offer.
/// </summary>
internal sealed class DiscountingAct : PhraseAct
{
    public static readonly DiscountingAct Instance = new();

    private static readonly ActPattern[] All =
    [
        ActPattern.Phrases(
            "% off", "percent off", "months free", "month free", "free month*", "knock off", "waive*", "throw in", "throw it in",
            "discount*", "special price", "special pricing", "special deal", "special rate", "at no cost", "at no charge", "no charge",
            "free of charge", "half price", "price match*", "match their price", "match the price", "match that price",
            "match their pricing", "match their quote", "match their number", "match their offer", "beat their price", "beat that price",
            "beat their quote", "beat their number", "undercut", "cheaper than them", "cheaper than theirs", "lower the price",
            "lower our price", "cut the price", "cut our price", "cutting the price", "cutting our price", "reduce the price",
            "reduce our price", "drop the price", "drop our price", "price down", "on the house", "sharpen the pencil",
            "sharpen my pencil", "sharpen our pencil", "sweeten the deal", "sweeten it", "meet your number", "meet you in the middle",
            "meet in the middle", "split the difference", "come down on price", "come down on the price", "come down a bit",
            "move on price", "move on the price", "flexible on price", "flexible on the price", "a better price", "a better number",
            "a better deal", "wiggle room", "room to work with", "room on the price", "room on price", "work with your budget",
            "fit your budget", "fits your budget", "whatever they charge", "whatever they quoted", "whatever they're charging",
            "at or under", "at or below", "price won't be", "cost won't be", "money won't be", "price will not be",
            "price isn't going to be", "price shouldn't be", "price ourselves", "price it so", "costs you the same", "cost you the same",
            "free upgrade", "same as you pay", "no more than you pay", "bring something better to the table", "get us down to",
            "get it down to", "down to their level", "nearer to what"),
        new(ActPart.Of("close to", "closer to", "in line with", "level with", "down to"),
            ActPart.Of("your current spend", "your budget", "your number", "what you pay", "what you're paying", "what you spend",
                "their price", "their number", "theirs", "their quote", "their bid", "the other bid", "your current"))
        { MaxGap = 1 },
        new(ActPart.Of("number", "price", "quote", "pricing", "offer", "figure", "our number", "our price"),
            ActPart.Of("lands", "land", "comes in", "come in", "ends up", "end up", "sits", "match", "matches", "meets", "meet"),
            ActPart.Of("where theirs", "where their", "at theirs", "under theirs", "below theirs", "in line with", "level with",
                "at or under", "at or below", "under it", "under them", "below them", "the same as theirs", "where yours", "your number"))
        { MaxGap = 2 },
        new(ActPart.Of("come in", "land", "price it", "price us"),
            ActPart.Of("under it", "below it", "under them", "below them", "under theirs", "below theirs", "lower than them",
                "lower than theirs", "cheaper than them", "under their", "below their"))
        { MaxGap = 2 },
        new(ActPart.Of("$", "£", "€", "price", "cost", "number", "money", "the difference", "gap"),
            ActPart.Of("what separates us", "what stands between us", "stand between us", "come between us", "what comes between us",
                "the deciding factor", "get in the way", "stand in the way", "what decides this"))
        { MaxGap = 5, IgnoresNegation = true },
        new(ActPart.Of("find", "land on", "agree", "work out", "come to", "get to", "settle on"),
            ActPart.Of("a number", "a price", "a figure", "a monthly figure", "a rate", "a deal"))
        { MaxGap = 2, NeedsPriceTalk = true },
        new(ActPart.Of("months", "month", "year", "weeks", "setup", "set-up", "implementation", "onboarding", "seats"),
            ActPart.Of("on me", "on us", "free", "for free", "free of charge", "on the house", "at no cost"))
        { MaxGap = 2 },
        new(ActPart.Of("take", "knock", "shave", "strip", "waive"),
            ActPart.Of(ActWords.PriceNouns),
            ActPart.Of("off"))
        { MaxGap = 3 },
        new(ActPart.Of("bring", "get", "drop", "lower", "cut", "reduce", "trim", "shave", "move"),
            ActPart.Of(ActWords.PriceNouns),
            ActPart.Of("down"))
        { MaxGap = 3 },
        new(ActPart.Of("i can do", "we can do", "i could do", "we could do", "i'll do", "we'll do", "i can go", "we can go",
                "i could go", "we could go", "get you to", "get you down to"),
            ActPart.Of(ActPart.Money))
        { MaxGap = 2 },
        new(ActPart.Of("see what i can do", "see what we can do", "talk to my manager", "check with my manager", "ask my manager",
            "go back to my side", "go back to my manager", "go back to finance", "speak to my manager", "see how close", "make it work for you",
            "make the numbers work", "get creative", "find some room"))
        { NeedsPriceTalk = true },
    ];

    public override string Id => "discounting";

    public override string Description => "Offered a discount or matched a price to get past the objection instead of handling it";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) =>
        "Hold the price and explore: \"What are you comparing us with — the licence alone, or the whole cost of the problem?\"";
}
