using SalesBot.Core.Scoring.Criteria;
using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Pressure and ultimatums: fake urgency ("this offer is only good until Friday"), threats ("if we don't get this signed
/// before SKO…"), pushing for a signature. A buyer's real deadline named back to them is not pressure.
/// </summary>
internal sealed class PressureAct : PhraseAct
{
    public static readonly PressureAct Instance = new();

    private static readonly ActPattern[] All =
    [
        ActPattern.Phrases(
            "sign today", "sign now", "send over the contract", "send you the contract", "ready to sign", "sign off today", "close today",
            "close this today", "offer expires", "offer ends", "only valid", "limited time", "last chance", "won't last", "act now",
            "act fast", "don't miss", "you'd be crazy", "you would be crazy", "be crazy not", "no brainer", "no-brainer", "decide today",
            "decide now", "price goes up", "prices go up", "price will go up", "before the price", "today only", "end of day today",
            "this offer", "lock in this", "lock it in today", "lock it in", "lock it in now", "lock in now", "pull the trigger",
            "purchase order today", "po today", "sign by", "signature today", "you need to decide", "can't afford not", "cannot afford not",
            "call right now", "jump on a call now", "just accept", "jump on it", "i'd jump", "you'd better", "sign this month",
            "this month only", "only good until", "only good till", "only valid until", "valid until", "good until", "take it or leave it",
            "final offer", "now or never", "clock is ticking", "tick tock", "before someone else", "someone else will take", "last slot",
            "last spot", "last few slots", "almost gone", "nearly gone", "filling up fast", "filling up", "running out of slots",
            "i wouldn't wait", "don't wait", "your call, but", "i'd lock", "need your signature",
            "need a signature", "need an answer by", "need a decision by", "before it's gone", "now or lose", "only today",
            "month-end deal", "ends friday", "pricing ends", "price ends", "deal ends", "ends on friday", "goes away on", "go away on",
            "will only take", "this will only take", "won't take long", "i've booked us", "i've booked you", "i already booked",
            "i've already booked", "invite's in your inbox", "invite is in your inbox", "i've put time in your calendar",
            "already in your calendar", "really need to look at it today", "need to look at it today", "can't hold the onboarding", "can't hold the slot",
            "can't hold the price", "can't hold it for you", "can't hold them for you", "won't be able to hold"),
        new(ActPart.Of("if you don't", "if we don't", "unless you", "unless we", "if you do not"),
            ActPart.Of("sign", "signed", "decide", "commit", "order", "get this signed", "act", "buy"))
        { MaxGap = 3 },
        new(ActPart.Of("price", "pricing", "offer", "discount", "deal", "rate", "slot", "slots", "spots", "terms", "we discussed"),
            ActPart.Of("goes away", "go away", "expires", "expire", "ends", "disappears", "increases", "goes up", "go up", "won't last",
                "is gone", "are gone", "will be gone", "are almost gone", "is filling"))
        { MaxGap = 3 },
    ];

    public override string Id => "pressure";

    public override string Description => "Pressured the buyer (fake urgency, an ultimatum or pushing for a signature) instead of earning the next step";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) => BetterLines.For(answer, Rubric.Control);
}
