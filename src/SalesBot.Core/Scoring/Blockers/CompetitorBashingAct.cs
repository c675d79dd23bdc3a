using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Running down a competitor or the buyer's current vendor, directly ("their tool is garbage") or through hearsay ("I keep
/// hearing their customers are quietly leaving"). A statement about a named competitor (from the buyer's line or context)
/// or "your current tool", "the other vendor" (a rumour word like "leaving" counts with a hearsay marker, or with the
/// competitor named in the sentence); not a question ("what would you change about them?"), not negated ("I'm
/// not going to tell you Grafana is a bad choice").
/// </summary>
internal sealed class CompetitorBashingAct : PhraseAct
{
    public static readonly CompetitorBashingAct Instance = new();

    private static readonly string[] Strong =
    [
        "terrible", "awful", "garbage", "junk", "rubbish", "useless", "crap", "sucks", "inferior", "clunky", "outdated", "dinosaur*",
        "a joke", "laughable", "pathetic", "horrible", "dreadful", "so bad", "really bad", "a bad choice", "a bad product", "buggy",
        "unreliable", "a mess", "a disaster", "falling apart", "behind the times", "can't compete", "cheap for a reason", "cut corners",
        "cuts corners", "second-rate", "subpar", "sub-par", "overpriced", "rip-off", "a scam", "shady", "dodgy", "flaky", "unstable",
        "worse", "worst", "can't be trusted", "breaches", "non-existent", "nonexistent",
    ];

    private static readonly string[] Hearsay =
    [
        "leaving", "losing customers", "losing clients", "churning", "crash*", "outages", "going under", "go under", "going bust",
        "bankrupt*", "money problems", "financial trouble", "cash problems", "layoffs", "laid off", "lawsuit*", "being sued", "breached",
        "got hacked", "were hacked", "gone downhill", "went downhill", "going downhill", "struggling", "unhappy", "complaining",
        "complaints", "jumping ship", "fleeing", "dropping them", "cancelling", "canceling", "problems with them", "issues with them",
        "wound down", "winding down", "being shut down", "shutting down", "sunset*", "end of life", "discontinued", "freeze", "freezes",
        "ripped out", "get ripped out",
    ];

    private static readonly CueSet StrongCues = CuePattern.Compile(Strong);

    private static readonly CueSet HearsayMarkers = CuePattern.Compile(
    [
        "i keep hearing", "i've heard", "i have heard", "i hear", "i heard", "heard from", "word is", "rumour*", "rumor*", "apparently",
        "people say", "people are saying", "they say", "between us", "between you and me", "off the record", "from what i hear",
        "i'm told", "i've been told", "reportedly", "supposedly", "you didn't hear it from me", "ask around", "from what i'm hearing",
        "word around", "word on the street", "the word is",
    ]);

    private static readonly CueSet Targets = CuePattern.Compile(
    [
        "the other vendor", "the other vendors", "the other bid", "the other supplier", "the other guys", "the other tool", "the incumbent",
        "the competition", "competitor*", "your current tool", "your current vendor", "your current provider", "your current supplier",
        "your current system", "your current platform", "your current software", "your existing tool", "your existing vendor",
        "your existing system", "your old tool", "your old system", "the current tool", "the current vendor",
    ]);

    private static readonly CueSet Pronouns = CuePattern.Compile(["they", "their", "them", "theirs", "they're", "they've"]);

    private static readonly ActPattern[] All =
    [
        new(ActPart.Of(Strong)) { InQuestions = false },
        new(ActPart.Of(Hearsay)) { InQuestions = false },
    ];

    public override string Id => "bashing";

    public override string Description => "Ran down the competitor (directly or through hearsay) instead of differentiating";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) =>
        "Give them credit and differentiate on what matters to the buyer: \"They're strong on that; where we differ is… What matters most to you?\"";

    protected override bool Accept(AnswerReading answer, ActMatch match)
    {
        var sentence = answer.Sentences[match.Sentence];
        var previous = match.Sentence > 0 ? answer.Sentences[match.Sentence - 1] : null;
        var tokens = answer.Tokens;
        var strong = StrongCues.MatchesAt(tokens, match.First, sentence.EndToken);
        var hearsay = HearsayMarkers.AnyIn(tokens, sentence.FirstToken, sentence.EndToken)
            || (previous is not null && HearsayMarkers.AnyIn(tokens, previous.FirstToken, previous.EndToken));
        return strong || hearsay ? NamesACompetitor(answer, sentence, previous) : Named(answer, sentence);
    }

    private static bool NamesACompetitor(AnswerReading answer, Sentence sentence, Sentence? previous)
    {
        var tokens = answer.Tokens;
        if (Named(answer, sentence) || Targets.AnyIn(tokens, sentence.FirstToken, sentence.EndToken))
        {
            return true;
        }

        // "I'd be careful with Tidy. I've heard their app crashes…": a pronoun after the competitor was named.
        return Pronouns.AnyIn(tokens, sentence.FirstToken, sentence.EndToken) && previous is not null
            && (Named(answer, previous) || Targets.AnyIn(tokens, previous.FirstToken, previous.EndToken));
    }

    private static bool Named(AnswerReading answer, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var value = answer.Tokens[i].Value;
            var word = value.EndsWith("'s", StringComparison.Ordinal) ? value[..^2] : value;
            if (answer.Buyer.Names.Contains(word) && char.IsUpper(answer.Text.Text[answer.Tokens[i].Start]))
            {
                return true;
            }
        }

        return false;
    }
}
