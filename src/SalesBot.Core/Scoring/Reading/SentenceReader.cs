using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>Reads one sentence: its form, what kind of question it asks, and the behaviours its words show.</summary>
internal static class SentenceReader
{
    private static readonly CueSet Contradictions = QuestionLexicon.Contradictions;

    public static SentenceFeatures Read(AnalyzedText text, Sentence sentence, CompiledCategory? category, BuyerFacts buyer)
    {
        var tokens = text.Tokens;
        var from = sentence.FirstToken;
        var to = sentence.EndToken;
        var (fragment, gibberish, words) = SentenceForm.Read(text, sentence);
        var features = new SentenceFeatures { Fragment = fragment, Gibberish = gibberish, Words = words };
        if (gibberish)
        {
            return features; // made-up words earn nothing
        }

        features.Ack = Any(Lexicon.AckMarkers, tokens, from, to) || Any(Lexicon.AckOpeners, tokens, from, Math.Min(to, from + 4));
        features.Paraphrase = Any(Lexicon.ParaphraseMarkers, tokens, from, to);
        features.Formula = Any(Lexicon.FormulaAcks, tokens, from, to);
        features.Passive = Any(Lexicon.Passive, tokens, from, to);
        features.Outcome = Any(Lexicon.Outcomes, tokens, from, to);
        features.Proof = Any(Lexicon.Proof, tokens, from, to);
        features.Hype = Any(Lexicon.Hype, tokens, from, to) && IsHype(tokens, from, to);
        features.ProductClaim = Any(Lexicon.ProductClaims, tokens, from, to);
        features.NextStepObject = Any(Lexicon.NextStepObjects, tokens, from, to) || EvidenceReader.HasDuration(tokens, from, to);
        features.Time = Any(Lexicon.TimeCues, tokens, from, to) || EvidenceReader.HasClockTime(text, sentence)
            || EvidenceReader.HasOrdinalDate(tokens, from, to) || EvidenceReader.HasDuration(tokens, from, to);
        features.Today = Any(Lexicon.Today, tokens, from, to);
        features.Agenda = Any(Lexicon.Agenda, tokens, from, to);
        features.Implication = Any(Lexicon.Implication, tokens, from, to);
        features.Defensive = StartsWithAny(Lexicon.DefensiveOpeners, tokens, from, to);
        features.Credential = Any(Lexicon.Credentials, tokens, from, to);

        features.Question = QuestionReader.Classify(text, sentence, features);
        features.NamedProof = EvidenceReader.NamesSomeone(text, sentence, buyer) || (features.Credential && Any(Lexicon.Artefacts, tokens, from, to));
        features.Proof |= features.NamedProof;
        var stepTime = features.Time || features.Today;
        features.Proposal = !fragment && (features.Question == QuestionKind.Closing
            || (Any(Lexicon.Proposals, tokens, from, to) && (!features.Passive || stepTime))
            || (stepTime && !features.Passive && StartsWithAny(Lexicon.NextStepObjects, tokens, QuestionReader.SkipLeadIns(tokens, from, to), to))
            // "A 20-minute call on Thursday at 10 would tell us both whether it's worth going further."
            || (features.Time && features.NextStepObject && !features.Passive && EvidenceReader.HasDuration(tokens, from, to)));
        features.Specific = buyer.RefersToObjection(tokens, from, to) || buyer.EchoesObjection(tokens, from, to)
            || (category?.MentionsConcern(tokens, from, to) ?? false);
        features.Tailored = buyer.IsSpecific(tokens, from, to);
        features.Number = EvidenceReader.HasEvidenceNumber(text, sentence, features, buyer);
        features.Brag = Any(Lexicon.VendorBrag, tokens, from, to);
        var commas = CountCommas(sentence.Text);
        features.FeatureList = commas >= 4 || (commas >= 3 && (features.ProductClaim || StartsWithAny(QuestionLexicon.SellerTalk, tokens, from, to)));
        features.ProductClaim |= StartsWithAny(QuestionLexicon.SellerTalk, tokens, from, to);
        if (!features.Ack && !features.Paraphrase && features.Specific && features.Question == QuestionKind.None && Any(Contradictions, tokens, from, to))
        {
            features.Defensive = true; // "Spreadsheets don't work fine."
        }

        return features;
    }

    /// <summary>"Best" is hype in "the best platform", not in "the best use of your time" or "the best time to look".</summary>
    private static bool IsHype(IReadOnlyList<Token> tokens, int from, int to)
    {
        foreach (var (pattern, at) in Lexicon.Hype.Matches(tokens, from, to))
        {
            if (pattern.Phrase != "best" || at + 1 >= to || !NotHypeAfterBest.Contains(tokens[at + 1].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> NotHypeAfterBest = new(StringComparer.Ordinal)
    {
        "use", "way", "ways", "time", "person", "people", "place", "practice", "practices", "fit", "part", "thing", "question", "answer",
        "case", "bet", "interest", "interests", "to", "if", "for", "of", "guess", "move", "step", "option", "route", "judge",
    };

    public static bool Any(CueSet patterns, IReadOnlyList<Token> tokens, int from, int to) => patterns.AnyIn(tokens, from, to);

    public static bool StartsWithAny(CueSet patterns, IReadOnlyList<Token> tokens, int from, int to) => patterns.MatchesAt(tokens, from, to);

    private static int CountCommas(string sentence) => sentence.Count(c => c == ',');
}
