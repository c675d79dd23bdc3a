using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Disrespect: condescension ("you clearly didn't read what I sent", "you just don't see it yet"), blame ("that's your
/// problem, not mine", "a management problem on your side"), telling the buyer what they need ("you need this"), and
/// shouting in capitals.
/// </summary>
internal sealed class DisrespectAct : PhraseAct
{
    public static readonly DisrespectAct Instance = new();

    private static readonly ActPattern[] All =
    [
        ActPattern.Phrases(
            // condescension
            "you clearly didn't", "you clearly don't", "you clearly haven't", "you obviously didn't", "you obviously don't",
            "you obviously haven't", "you just don't see", "you just don't get", "you don't get it", "you don't see it",
            "you ought to know", "i'd have thought", "i would have thought", "any competent", "let me explain this slowly",
            "it's not that hard", "it's not that complicated", "it's really not that hard", "as i already said", "as i already explained",
            "as i told you", "if you'd read", "if you had read", "didn't read what", "haven't read what", "a bit amateur",
            "frankly amateur", "pretty amateur", "figure that out the hard way", "figure it out the hard way", "find out the hard way",
            "you'll come round", "you'll come around", "always a bit behind", "a bit behind on", "that's a bit rude", "that's rude",
            "it's your loss", "your loss if", "kind of the problem", "you're just used to it", "just used to it",
            "disaster waiting to happen", "just isn't serious", "is not serious", "what everyone says", "what people say right before",
            "is what people say", "you're looking at the wrong", "calm down", "do your homework", "you didn't listen",
            "you weren't listening", "you're not listening", "you aren't listening", "get with the times", "behind everyone else",
            "in this day and age", "and you know it", "kind of why you're", "that's why you're", "should look at this objectively",
            // blame
            "that's your problem", "your problem, not mine", "not my problem", "that's on you", "that's on your team",
            "problem on your side", "issue on your side", "fault on your side", "your fault", "you should have known",
            "you should have read", "you should have asked", "that's on how your", "unless your people change", "management problem"),
        new(ActPart.Of(
            "you need this", "you need us", "you really need this", "you really need it", "you definitely need", "you clearly need",
            "you absolutely need", "you need to replace", "you need to switch", "you need to buy", "you need to sign", "you need proper",
            "you need a proper", "you need something like this", "you need a tool like", "need this more than you think",
            "you'll need this", "you just need this", "you honestly need"))
        { InQuestions = false },
        new(ActPart.Of("any"), ActPart.Of(ActWords.Bosses), ActPart.Of("who isn't", "who doesn't", "who wouldn't", "who hasn't", "who can't"))
        { MaxGap = 1 },
        new(ActPart.Of("if your"),
            ActPart.Of("team", "people", "technicians", "staff", "reps", "managers", "agents", "engineers", "accountants", "planners", "nurses", "drivers"),
            ActPart.Of("really", "actually", "knew", "were any good"))
        { MaxGap = 1 },
    ];

    public override string Id => "disrespect";

    public override string Description => "Talked down to or blamed the buyer (condescension, blame, shouting, \"you need this\")";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) =>
        "Respect their view and let them name the need: \"Fair. What would have to be true for this to be worth your time?\"";

    /// <summary>"…if you need this by Friday" is a condition, not a verdict on what they need.</summary>
    protected override bool Accept(AnswerReading answer, ActMatch match) =>
        match.First == answer.Sentences[match.Sentence].FirstToken
        || answer.Tokens[match.First - 1].Value is not ("if" or "whether" or "when" or "whenever" or "what" or "unless" or "in" or "case");

    public override ActMatch? Find(AnswerReading answer, IReadOnlyList<ActPattern> extra) =>
        base.Find(answer, extra) ?? Shouting.Find(answer);
}
