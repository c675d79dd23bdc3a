using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Circumventing the buyer's process: skipping a security review or validation, splitting an order to stay under an
/// approval limit, backdating an order form, "doing the paperwork afterwards", going outside procurement. Saying you
/// won't ask them to skip it ("skipping a security review to hit my quarter would be a bad trade") is the opposite.
/// </summary>
internal sealed class ProcessCircumventionAct : PhraseAct
{
    public static readonly ProcessCircumventionAct Instance = new();

    private static readonly ActPattern[] All =
    [
        new(ActPart.Of("skip", "skips", "skipped", "bypass", "bypasses", "bypassed", "sidestep", "sidestepping", "sidesteps", "get around"),
            ActPart.Of("security review", "review", "reviews", "validation", "assessment", "vendor assessment", "questionnaire", "procurement",
                "legal", "approval", "due diligence", "audit", "sign-off", "the process", "your process", "formal process", "tender"))
        { MaxGap = 4 },
        new(ActPart.Of("split"),
            ActPart.Of("into two", "into 2", "into three", "into separate", "two orders", "two contracts", "two invoices", "the order",
                "the contract", "the invoice", "the purchase", "the po", "it in two", "it in half"))
        { MaxGap = 3 },
        ActPattern.Phrases(
            "under the radar", "under their radar", "backdate*", "back-date*", "back date", "nobody checks", "no one checks",
            "nobody will check", "nobody will notice", "no one will notice", "sign it yourself", "sign off yourself", "approve it yourself",
            "formalise it after", "formalize it after", "outside the formal", "outside the vendor process", "outside the process",
            "outside procurement", "around procurement", "without procurement", "credit card to avoid", "paperwork afterwards",
            "paperwork after", "paperwork later", "doesn't count as going live", "doesn't count as", "doesn't need to see it",
            "don't need to see it", "never has to go to", "never have to go to", "backfill the evidence", "backfill", "they never check",
            "read ours first", "make sure they read ours", "bill it as two", "two separate projects", "tell the insurer you're",
            "tell them you're already"),
        new(ActPart.Of("stays under", "stay under", "keep it under", "keeps it under", "kept under", "stays below", "stay below",
                "keep it below", "just under", "just below"),
            ActPart.Of("limit", "threshold", "approval", "radar", "sign-off"))
        { MaxGap = 3 },
        new(ActPart.Of("date", "dating"),
            ActPart.Of("in this quarter", "to this quarter", "to last quarter", "in last quarter", "last month", "as if", "this quarter anyway"))
        { MaxGap = 3 },
        new(ActPart.Of("go live before", "live before", "start using it before"),
            ActPart.Of("review", "security", "signs off", "sign-off", "approval", "approves"))
        { MaxGap = 3 },
        new(ActPart.Of("without"), ActPart.Of("involving", "telling"), ActPart.Of("procurement", "legal", "security", "it", "your boss", "finance"))
        { MaxGap = 1, IgnoresNegation = true },
    ];

    public override string Id => "circumventing-process";

    public override string Description => "Offered to get around the buyer's process (skip a review, split or backdate an order)";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) =>
        "Respect their process and make it easy: \"Who runs the review, and what can I send today so it moves fast?\"";
}
