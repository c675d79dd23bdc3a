using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Unverifiable absolute guarantees: "your data will never leak", "100% reliable", "zero risk", "I guarantee you'll never
/// have an empty slot", "you'll halve your costs or pay nothing". A past record ("we've never had a breach"), a contractual
/// commitment (an SLA with credits) and a refund or exit clause are not absolute guarantees; "I won't promise it can never
/// happen" is the opposite of one.
/// </summary>
internal sealed class AbsoluteGuaranteeAct : PhraseAct
{
    public static readonly AbsoluteGuaranteeAct Instance = new();

    private static readonly CueSet Contractual = CuePattern.Compile(["sla", "service credit*", "credits", "in writing", "clause", "contract"]);

    private static readonly ActPattern[] All =
    [
        ActPattern.Phrases(
            "100% guaranteed", "guaranteed 100%", "100% guarantee", "100% secure", "100% safe", "100% reliable", "100% uptime",
            "100% accurate", "100% compliant", "100% precision", "100% accuracy", "100% precise", "no way it can", "there is no way it",
            "there's no way it", "zero risk", "no risk at all", "completely risk-free", "totally risk-free",
            "absolutely no risk", "nothing can go wrong", "can't go wrong", "cannot go wrong", "can't happen again", "cannot happen again",
            "that can't happen", "unbreakable", "unhackable", "bulletproof", "impossible to hack", "impossible to breach", "guaranteed to",
            "or pay nothing", "or you pay nothing", "or your money back", "or you don't pay", "or it's free", "completely eliminate",
            "entirely eliminate", "totally eliminate", "won't cause a single", "not a single day of", "not a single minute of"),
        // "Your data will never leak", "ours never goes down": a promise about the future, not a record ("we've never had…").
        new(ActPart.Of("will", "you'll", "we'll", "it'll", "they'll", "can", "would", "ours", "it's going to", "is going to", "are going to"),
            ActPart.Of("never"),
            ActPart.Of("goes down", "go down", "fail", "fails", "break", "breaks", "crash", "crashes", "leak", "leaks", "miss", "misses",
                "lose", "loses", "go under", "be bought", "be breached", "be hacked", "have an empty", "have an outage", "have a breach",
                "have downtime", "have an incident", "have a problem", "have another", "be late", "be wrong", "happen", "happens",
                "have to worry", "go wrong", "goes wrong", "get breached", "get hacked", "get a", "get an", "see a", "see an", "have a",
                "have an"))
        { MaxGap = 2 },
        // "Fuel fraud simply won't happen anymore": a risk ruled out, not reduced.
        new(ActPart.Of("breach", "breaches", "leak", "leaks", "outage", "outages", "downtime", "incident", "incidents", "failure",
                "failures", "data loss", "no-show", "no-shows", "error", "errors", "fraud", "theft", "mistakes", "false alarm", "false alarms",
                "that", "it"),
            ActPart.Of("can never", "will never", "won't ever", "will not ever", "won't", "simply won't", "will not", "can't", "cannot"),
            ActPart.Of("happen anymore", "happen again", "ever happen", "happen with us", "be exposed", "ever be exposed"))
        { MaxGap = 2, NegationInside = true },
        new(ActPart.Of("i guarantee", "we guarantee", "i can guarantee", "we can guarantee", "guarantee you", "guarantee that"),
            ActPart.Of("never", "always", "you'll", "we'll", "it'll", "will", "100%", "zero", "nothing", "won't", "no", "not a"))
        { MaxGap = 3 },
        new(ActPart.Of("i promise you", "i can promise", "we promise", "i promise"), ActPart.Of("never", "always", "100%", "zero", "nothing"))
        { MaxGap = 4 },
        new(ActPart.Of("eliminate*", "wipe out", "get rid of"),
            ActPart.Of("completely", "entirely", "for good", "forever", "altogether", "100%"))
        { MaxGap = 3 },
    ];

    public override string Id => "absolute-guarantee";

    public override string Description => "Promised an absolute outcome no one can guarantee (never, 100%, zero risk, or you pay nothing)";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) =>
        "Offer what you can prove and put in writing: \"I won't promise it can never happen; here's our last audit, and here's what the contract commits us to.\"";

    protected override bool Accept(AnswerReading answer, ActMatch match)
    {
        var sentence = answer.Sentences[match.Sentence];
        var phrase = answer.Tokens[match.First].Value;
        // A guarantee backed by a contract (an SLA with service credits) is verifiable; "never" is not.
        return phrase == "never" || !Contractual.AnyIn(answer.Tokens, sentence.FirstToken, sentence.EndToken);
    }
}
