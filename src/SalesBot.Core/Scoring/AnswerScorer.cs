using System.Runtime.CompilerServices;
using SalesBot.Core.Content;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring;

/// <summary>
/// Scores a seller's answer against the rubric: deterministic, explainable, no network. Each criterion is judged from
/// observable behaviours in the text (met / partly / missed) with the seller's own words as evidence; code computes the
/// total, applies blockers and decides pass or fail.
/// </summary>
public sealed class AnswerScorer
{
    private const int EvidenceLength = 160;

    private readonly ConditionalWeakTable<ObjectionCategory, CompiledCategory> _compiled = [];

    public ScoreCard Score(string answer, ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(context);

        var text = AnalyzedText.Analyze(answer, Index);
        var category = context.Category is null ? null : _compiled.GetValue(context.Category, c => new CompiledCategory(c));
        var buyer = BuyerFacts.From(context, category);
        var features = text.Sentences.Select(s => Describe(text, s, category, buyer)).ToArray();
        var judge = new CriterionJudge(text, features, context, category, buyer);

        var criteria = new List<CriterionResult>();
        foreach (var (id, weight) in Rubric.Weights(context.Profile))
        {
            if (id == Rubric.Method && category is null)
            {
                continue;
            }

            var (status, reason, evidence, better) = judge.Evaluate(id);
            criteria.Add(new CriterionResult
            {
                Id = id,
                Name = id == Rubric.Method && category is not null ? category.Source.Method.Name : Rubric.NameOf(id),
                Weight = weight,
                Status = status,
                Points = status switch
                {
                    CriterionStatus.Met => weight,
                    CriterionStatus.Partly => (weight + 1) / 2,
                    _ => 0,
                },
                Reason = reason,
                Evidence = evidence.Select(Quote).Distinct(StringComparer.Ordinal).Take(2).ToList(),
                BetterLine = status == CriterionStatus.Met ? null : better,
            });
        }

        var blockers = judge.Blockers(criteria);
        var penalties = judge.Penalties();
        var totalWeight = criteria.Sum(c => c.Weight);
        var points = criteria.Sum(c => c.Points) - penalties.Sum(p => p.Points);
        var overall = totalWeight == 0 ? 0 : Math.Clamp((int)Math.Round(100.0 * points / totalWeight, MidpointRounding.AwayFromZero), 0, 100);
        if (blockers.Count > 0)
        {
            overall = Math.Min(overall, Rubric.BlockerCap);
        }

        return new ScoreCard
        {
            RubricVersion = Rubric.Version,
            Profile = context.Profile,
            Overall = overall,
            PassMark = Rubric.PassMark,
            Passed = overall >= Rubric.PassMark && blockers.Count == 0,
            Criteria = criteria,
            Blockers = blockers,
            Penalties = penalties,
            WordCount = text.WordCount,
        };
    }

    private static SentenceFeatures Describe(AnalyzedText text, Sentence sentence, CompiledCategory? category, BuyerFacts buyer)
    {
        var tokens = text.Tokens;
        var from = sentence.FirstToken;
        var to = sentence.EndToken;
        var features = new SentenceFeatures
        {
            Ack = Any(Lexicon.AckMarkers, tokens, from, to) || Any(Lexicon.AckOpeners, tokens, from, Math.Min(to, from + 4)),
            Paraphrase = Any(Lexicon.ParaphraseMarkers, tokens, from, to),
            Formula = Any(Lexicon.FormulaAcks, tokens, from, to),
            Passive = Any(Lexicon.Passive, tokens, from, to),
            Outcome = Any(Lexicon.Outcomes, tokens, from, to),
            Proof = Any(Lexicon.Proof, tokens, from, to),
            Hype = Any(Lexicon.Hype, tokens, from, to),
            ProductClaim = Any(Lexicon.ProductClaims, tokens, from, to),
            NextStepObject = Any(Lexicon.NextStepObjects, tokens, from, to) || HasDuration(tokens, from, to),
            Time = Any(Lexicon.TimeCues, tokens, from, to) || HasClockTime(text, sentence) || HasOrdinalDate(tokens, from, to) || HasDuration(tokens, from, to),
            Agenda = Any(Lexicon.Agenda, tokens, from, to),
            Implication = Any(Lexicon.Implication, tokens, from, to),
            Defensive = StartsWithAny(Lexicon.DefensiveOpeners, tokens, from, to),
        };

        features.Question = ClassifyQuestion(text, sentence, features);
        features.NamedProof = NamesSomeone(text, sentence, buyer) || Any(Lexicon.Credentials, tokens, from, to);
        features.Proof |= features.NamedProof;
        features.Proposal = features.Question == QuestionKind.Closing
            || (Any(Lexicon.Proposals, tokens, from, to) && (!features.Passive || features.Time))
            || (features.Time && !features.Passive && StartsWithAny(Lexicon.NextStepObjects, tokens, SkipLeadIns(tokens, from, to), to));
        features.Specific = buyer.RefersToObjection(tokens, from, to) || buyer.EchoesObjection(tokens, from, to)
            || (category?.MentionsConcern(tokens, from, to) ?? false);
        features.Tailored = buyer.IsSpecific(tokens, from, to);
        features.Number = HasEvidenceNumber(text, sentence, features, buyer);
        features.Brag = Any(Lexicon.VendorBrag, tokens, from, to);
        features.FeatureList = CountCommas(sentence.Text) >= 4 || (CountCommas(sentence.Text) >= 3 && (features.ProductClaim || StartsWithAny(SellerTalk, tokens, from, to)));
        features.ProductClaim |= StartsWithAny(SellerTalk, tokens, from, to);
        if (!features.Ack && !features.Paraphrase && features.Specific && features.Question == QuestionKind.None && Any(Contradictions, tokens, from, to))
        {
            features.Defensive = true; // "Spreadsheets don't work fine."
        }

        return features;
    }

    private static QuestionKind ClassifyQuestion(AnalyzedText text, Sentence sentence, SentenceFeatures features)
    {
        var tokens = text.Tokens;
        var from = sentence.FirstToken;
        var to = sentence.EndToken;
        var opener = FindQuestionOpener(text, sentence);
        if (!sentence.EndsWithQuestionMark && opener < 0)
        {
            return QuestionKind.None;
        }

        var start = opener >= 0 ? opener : SkipLeadIns(tokens, from, to);
        var whClause = FindClause(text, sentence, ExploringOpeners);
        if (Any(Lexicon.RhetoricalQuestions, tokens, start, to))
        {
            return QuestionKind.Rhetorical;
        }

        if (sentence.TokenCount <= 10 && Any(Lexicon.CheckIns, tokens, from, to) && !features.Implication)
        {
            return QuestionKind.CheckIn;
        }

        // A question that names a time ("Thursday at 2?", "20 min tuesday?") or opens like an invitation is a close.
        var invitation = StartsWithAny(ClosingOpeners, tokens, start, to) && !StartsWithAny(ExploringOpeners, tokens, start, to);
        var wh = whClause >= 0 && !(invitation && whClause == start && !StartsWithAny(ExploringOpeners, tokens, start, to));
        if ((features.Time && (invitation || !wh)) || (invitation && (features.NextStepObject || Any(VagueClosings, tokens, start, to))))
        {
            return QuestionKind.Closing;
        }

        if (!wh && !invitation && Any(VagueClosings, tokens, start, to) && sentence.TokenCount <= 8)
        {
            return QuestionKind.Closing;
        }

        return QuestionKind.Exploring;
    }

    /// <summary>Token index of a question opener at the start of the sentence or of a clause, or -1.</summary>
    private static int FindQuestionOpener(AnalyzedText text, Sentence sentence)
    {
        var tokens = text.Tokens;
        var to = sentence.EndToken;
        for (var i = sentence.FirstToken; i < to; i++)
        {
            var sentenceStart = i == sentence.FirstToken;
            if (!sentenceStart && !FollowsClauseBreak(text, i))
            {
                continue;
            }

            var start = SkipLeadIns(tokens, i, to);
            var openers = sentenceStart ? (sentence.EndsWithQuestionMark ? Lexicon.QuestionOpeners : StrongOpeners) : ClauseOpeners;
            if (StartsWithAny(openers, tokens, start, to) && !IsStatementForm(tokens, start, to, sentence.EndsWithQuestionMark))
            {
                return start;
            }
        }

        // "but if Alasdair were off for a month could anyone else run the 14 tabs" — an inverted question mid-sentence.
        for (var i = sentence.FirstToken; i < to; i++)
        {
            if (StartsWithAny(InlineQuestions, tokens, i, to))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Token index of the first sentence or clause start that opens with one of <paramref name="openers"/>, or -1.</summary>
    private static int FindClause(AnalyzedText text, Sentence sentence, CueSet openers)
    {
        var tokens = text.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (i != sentence.FirstToken && !FollowsClauseBreak(text, i))
            {
                continue;
            }

            var start = SkipLeadIns(tokens, i, sentence.EndToken);
            if (StartsWithAny(openers, tokens, start, sentence.EndToken) && !IsStatementForm(tokens, start, sentence.EndToken, sentence.EndsWithQuestionMark))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>"What we found…", "How our customers…": a wh-word opening a statement, not a question.</summary>
    private static bool IsStatementForm(IReadOnlyList<Token> tokens, int start, int end, bool hasQuestionMark)
    {
        if (hasQuestionMark || start + 1 >= end)
        {
            return false;
        }

        var first = tokens[start].Value;
        var second = tokens[start + 1].Value;
        return first is "what" or "how" or "when" or "where" or "which" or "who" or "why"
            && (second is "we" or "our" or "i" or "i'd" or "it" or "they" or "their" or "that's" or "this" or "most" or "many" or "you'll"
                or "we've" or "we're" or "i've" or "i'm" or "happens" or "matters" or "means" or "a" or "the" or "you" or "your"
                || (first == "which" && second is "is" or "was" or "makes" or "made" or "meant" or "gives" or "gave" or "helps" or "helped"
                    or "saves" or "saved" or "cut" or "cuts" or "took" or "takes" or "freed" or "frees" or "brought" or "led" or "lets"));
    }

    private static bool FollowsClauseBreak(AnalyzedText text, int tokenIndex)
    {
        var position = text.Tokens[tokenIndex].Start - 1;
        while (position >= 0 && char.IsWhiteSpace(text.Text[position]))
        {
            position--;
        }

        return position >= 0 && text.Text[position] is ',' or ';' or ':' or '-' or '\u2013' or '\u2014' or '(' or '?';
    }

    private static int SkipLeadIns(IReadOnlyList<Token> tokens, int from, int to)
    {
        var i = from;
        while (i < to && i - from < 4 && Lexicon.LeadIns.Contains(tokens[i].Value))
        {
            i++;
        }

        return i < to ? i : from;
    }

    private static bool HasEvidenceNumber(AnalyzedText text, Sentence sentence, SentenceFeatures features, BuyerFacts buyer)
    {
        var tokens = text.Tokens;
        var proposal = features.Proposal;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            var next = i + 1 < sentence.EndToken ? tokens[i + 1].Value : "";
            if (token.Kind == TokenKind.Number)
            {
                if (buyer.Numbers.Contains(token.Value) || Lexicon.DurationUnits.Contains(next) || next is "th" or "st" or "nd" or "rd")
                {
                    continue;
                }

                if (proposal && next is "hour" or "hours" or "days" or "day" or "weeks" or "week")
                {
                    continue;
                }

                if (i + 1 < sentence.EndToken && text.Text[token.Start + token.Length] == ':')
                {
                    continue; // a clock time
                }

                return true;
            }

            if (!proposal && token.Kind == TokenKind.Word && Lexicon.NumberWords.Contains(token.Value) && !buyer.Numbers.Contains(token.Value)
                && !Lexicon.DurationUnits.Contains(next))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDuration(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to - 1; i++)
        {
            if ((tokens[i].Kind == TokenKind.Number || Lexicon.NumberWords.Contains(tokens[i].Value))
                && tokens[i + 1].Value is "minutes" or "minute" or "mins" or "min" or "hour" or "hours")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOrdinalDate(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to - 1; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && tokens[i + 1].Value is "th" or "st" or "nd" or "rd")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised name inside a sentence that isn't the buyer's own (a customer, a reference).</summary>
    private static bool NamesSomeone(AnalyzedText text, Sentence sentence, BuyerFacts buyer)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind != TokenKind.Word || token.Length < 3 || !char.IsUpper(text.Text[token.Start]))
            {
                continue;
            }

            if (i == sentence.FirstToken || IsSentenceStartAfterLeadIn(text, sentence, i))
            {
                // A capitalised first word is a name only when it reads like one: "Keller Foundry", "Medisync's".
                var nextIsName = i + 1 < sentence.EndToken && text.Tokens[i + 1].Kind == TokenKind.Word
                    && char.IsUpper(text.Text[text.Tokens[i + 1].Start]);
                var end = token.Start + token.Length;
                var followedByComma = end < text.Text.Length && text.Text[end] == ',';
                if (!(nextIsName || token.Value.EndsWith("'s", StringComparison.Ordinal)) || followedByComma || Lexicon.StopWords.Contains(token.Value))
                {
                    continue;
                }
            }

            if (FollowsClauseBreak(text, i) && text.Text[token.Start - 1] != ' ')
            {
                continue;
            }

            if (NotNames.Contains(token.Value) || buyer.Mentions(token.Value))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool IsSentenceStartAfterLeadIn(AnalyzedText text, Sentence sentence, int index) =>
        index > sentence.FirstToken && text.Tokens[index - 1].Value is "at" or "for" or "with" or "and" && index - 1 == sentence.FirstToken;

    private static bool HasClockTime(AnalyzedText text, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken - 1; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Number && token.Start + token.Length < text.Text.Length && text.Text[token.Start + token.Length] == ':'
                && text.Tokens[i + 1].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool Any(CueSet patterns, IReadOnlyList<Token> tokens, int from, int to) => patterns.AnyIn(tokens, from, to);

    private static bool StartsWithAny(CueSet patterns, IReadOnlyList<Token> tokens, int from, int to) => patterns.MatchesAt(tokens, from, to);

    internal static string Quote(string sentence)
    {
        var trimmed = sentence.Trim();
        return trimmed.Length <= EvidenceLength ? trimmed : string.Concat(trimmed.AsSpan(0, EvidenceLength - 1).TrimEnd(), "\u2026");
    }

    private static readonly CueSet ExploringOpeners = CuePattern.Compile(
    [
        "can i ask", "could i ask", "mind if i ask", "may i ask", "what", "what's", "why", "who", "who's", "which", "how", "tell me",
        "help me understand", "walk me through", "i'm curious", "curious", "i'd love to understand", "i'd love to know", "i wonder",
        "i'm wondering", "wondering", "is it", "is that", "is price", "is budget", "is the", "is there anything", "is your", "are there",
        "have you", "has", "did you", "did", "where", "when do", "when does", "when is", "when are", "when did", "when will", "do you",
        "does", "are you", "are they", "do they", "is this", "would they", "would you say", "roughly", "was", "were", "any idea",
        "could you tell", "could anyone", "would anyone", "can anyone",
    ]);

    /// <summary>Openers that mark a question even without a question mark, at a sentence or clause start.</summary>
    private static readonly CueSet StrongOpeners = CuePattern.Compile(
    [
        "what's", "what is", "what are", "what would", "what do", "what does", "what did", "what made", "what happens", "what happened",
        "what if", "how do", "how does", "how did", "how would", "how are", "how is", "how many", "how much", "how often", "how long",
        "who else", "who is", "who's", "who would", "who will", "who owns", "who signs", "why", "can i ask", "could i ask", "mind if i ask",
        "tell me", "help me understand", "walk me through", "i'm curious", "curious", "wondering", "i wonder", "i'd love to understand",
        "i'd love to know", "is it", "is that", "is there", "are you", "are there", "do you", "does", "did you", "have you", "would you",
        "could you", "can you", "can we", "could we", "when do", "when does", "when is", "when are", "when will", "where do", "where does",
        "which", "is the", "is your", "is this", "are the", "are your", "do they", "does your", "was it", "was that", "was the", "were you",
        "were they", "any idea", "roughly how",
    ]);

    /// <summary>Openers after a comma or dash: as <see cref="StrongOpeners"/>, but "which" there starts a relative clause.</summary>
    private static readonly CueSet ClauseOpeners = new(StrongOpeners.Where(p => p.Phrase != "which").Select(p => p.Phrase));

    private static readonly CueSet InlineQuestions = CuePattern.Compile(
    [
        "could anyone", "would anyone", "can anyone", "does anyone", "is anyone", "who else", "what would happen", "what happens if",
        "how would you", "how do you", "how are you", "what's the plan", "what is the plan", "how much does", "how many of", "what does it cost",
        "what would it take", "what's driving", "what is driving", "what made you", "could you tell",
    ]);

    private static readonly CueSet ClosingOpeners = CuePattern.Compile(
    [
        "can we", "could we", "shall we", "should we", "how about", "what about", "would you be open", "are you open", "open to",
        "are you free", "are you around", "do you have", "would it make sense", "does it make sense", "is there a time", "when works",
        "when can", "when would", "any chance", "would you like", "want to", "up for", "fancy", "could you", "can you", "can i", "could i",
        "may i", "will you", "worth a", "let's", "would thursday", "shall i",
    ]);

    private static readonly CueSet SellerTalk = CuePattern.Compile(
    [
        "our", "we", "we're", "we've", "it's", "it", "plus", "also",
    ]);

    private static readonly CueSet Contradictions = CuePattern.Compile(
    [
        "don't", "doesn't", "isn't", "aren't", "won't", "not true", "not really",
    ]);

    private static int CountCommas(string sentence) => sentence.Count(c => c == ',');

    /// <summary>Capitalised words that are not names of customers or references.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "i'm", "i'd", "i'll", "i've", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "q1", "q2", "q3", "q4", "h1", "h2", "ceo", "cfo", "cto", "coo",
        "cro", "ciso", "vp", "roi", "kpi", "okr", "saas", "crm", "erp", "api", "sso", "soc", "iso", "gdpr", "hipaa", "faq", "pdf", "the",
        "and", "but", "our", "your", "you", "we", "they", "what", "how", "why", "who", "when", "can", "would", "could", "ok", "okay", "hr",
        "it", "ops", "revops", "black", "christmas", "easter", "eod", "eow", "usd", "eur", "gbp", "ai", "excel", "zoom", "teams", "slack",
        "google", "microsoft", "salesforce", "hubspot", "sap", "oracle", "workday", "sheets", "sheet", "type", "ii", "lite", "sig", "good", "luck", "thanks", "thank", "happy", "hope", "just", "sure", "great", "no", "yes", "hi", "hey", "sorry", "please", "let", "let's", "also", "plus", "if", "so", "that", "this", "then", "once", "with", "for", "from", "in", "on", "at", "by", "as",
    };

    private static readonly CueSet VagueClosings = CuePattern.Compile(
    [
        "learn more", "hear more", "know more", "see more", "interested", "chat", "talk", "connect", "catch up",
    ]);

    /// <summary>Every general cue set, scanned in one pass per answer.</summary>
    private static readonly CueIndex Index = new(
    [
        Lexicon.AckMarkers, Lexicon.AckOpeners, Lexicon.ParaphraseMarkers, Lexicon.FormulaAcks, Lexicon.DefensiveOpeners, Lexicon.Arguing,
        Lexicon.Pressure, Lexicon.Concessions, Lexicon.Negators, Lexicon.QuestionOpeners, Lexicon.CheckIns, Lexicon.RhetoricalQuestions,
        Lexicon.Proposals, Lexicon.NextStepObjects, Lexicon.TimeCues, Lexicon.Passive, Lexicon.Outcomes, Lexicon.Proof, Lexicon.Credentials,
        Lexicon.Hype, Lexicon.ProductClaims, Lexicon.Agenda, Lexicon.Implication, Lexicon.VendorBrag, ExploringOpeners, StrongOpeners,
        ClauseOpeners, InlineQuestions, ClosingOpeners, VagueClosings, SellerTalk, Contradictions,
    ]);

}
