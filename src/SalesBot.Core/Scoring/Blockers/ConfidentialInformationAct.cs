using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Using or offering confidential information: a competitor's internal rate card or roadmap, another customer's price or
/// letters, the seller's own undisclosed deals ("I shouldn't say this, but…", "keep that between us").
/// </summary>
internal sealed class ConfidentialInformationAct : PhraseAct
{
    public static readonly ConfidentialInformationAct Instance = new();

    private static readonly ActPattern[] All =
    [
        ActPattern.Phrases(
            "i shouldn't say this", "i really shouldn't say", "shouldn't be telling you", "shouldn't be showing you", "i shouldn't tell you",
            "keep that between us", "keep this between us", "keep it between us", "between you and me", "don't tell anyone",
            "you didn't hear it from me", "off the record", "their confidential", "their internal", "internal rate card",
            "internal pricing", "internal roadmap", "leaked deck", "leaked document", "leaked pricing", "leaked copy", "a friend there sent",
            "friend there sent", "showed me the letter", "acquisition talks", "in talks to be acquired", "can't send it to you, but",
            "i can't share it, but"),
        new(ActPart.Of("between us")) { AtClauseStart = true },
        new(ActPart.Of("i've seen", "i saw", "i have seen", "i've got a copy", "i have a copy", "i got a copy", "i've read", "i read",
                "i have", "i actually have", "i've got", "i got"),
            ActPart.Of("roadmap", "rate card", "internal", "confidential", "price list", "pricing sheet", "contract with", "board pack",
                "deck from", "pricing for", "quote to"))
        { MaxGap = 3 },
        ActPattern.Phrases("from a mutual client", "from another client", "from one of their clients", "from one of their customers"),
        new(ActPart.Of("pays us", "is paying us", "paid us"), ActPart.Of(ActPart.Money)) { MaxGap = 1 },
    ];

    /// <summary>"I've seen your roadmap" is the buyer's own document, not someone else's confidential one.</summary>
    protected override bool Accept(AnswerReading answer, ActMatch match)
    {
        for (var i = match.First; i < match.End; i++)
        {
            if (answer.Tokens[i].Value is "your" or "our")
            {
                return false;
            }
        }

        return true;
    }

    public override string Id => "confidential-information";

    public override string Description => "Used or offered confidential information (a competitor's, another customer's or your own company's)";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) =>
        "Stick to what you can share: \"I can't speak to their pricing, but I can show you exactly what ours includes and what it did for a customer like you.\"";
}
