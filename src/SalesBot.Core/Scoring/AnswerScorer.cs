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
        var judge = new Judge(text, features, context, category, buyer);

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

    /// <summary>Per-sentence features, for diagnostics and tests of the detectors.</summary>
    internal IReadOnlyList<(string Sentence, SentenceFeatures Features)> Explain(string answer, ScoringContext context)
    {
        var text = AnalyzedText.Analyze(answer, Index);
        var category = context.Category is null ? null : _compiled.GetValue(context.Category, c => new CompiledCategory(c));
        var buyer = BuyerFacts.From(context, category);
        return text.Sentences.Select(s => (s.Text, Describe(text, s, category, buyer))).ToList();
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

    private static string Quote(string sentence)
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

    /// <summary>Category cues compiled once per category.</summary>
    private sealed class CompiledCategory
    {
        public CompiledCategory(ObjectionCategory source)
        {
            Source = source;
            Concern = CuePattern.Compile(source.ConcernTerms.Phrases);
            Method = CuePattern.Compile(source.Method.Cues.Phrases);
            Blockers = source.Blockers.Select(b => (b, CuePattern.Compile(b.Cues.Phrases))).ToArray();
        }

        public ObjectionCategory Source { get; }

        public CueSet Concern { get; }

        public CueSet Method { get; }

        public IReadOnlyList<(Blocker Blocker, CueSet Cues)> Blockers { get; }

        public bool MentionsConcern(IReadOnlyList<Token> tokens, int from, int to) => Any(Concern, tokens, from, to);
    }

    /// <summary>What the buyer said and is: the salient words a specific acknowledgement or a tailored answer refers to.</summary>
    private sealed class BuyerFacts
    {
        private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
        {
            "tool", "tools", "software", "platform", "product", "products", "solution", "solutions", "vendor", "vendors", "price", "pricing",
            "cost", "costs", "budget", "using", "value", "thing", "stuff", "really", "honestly", "anything", "something", "right", "sell",
            "selling", "sales", "buy", "buying", "deal", "contract", "another", "other", "these", "those", "there", "their", "about",
            "would", "could", "should", "doesn't", "isn't", "don't", "can't", "won't", "you're", "we're", "they're", "it's", "that's",
            "what's", "i've", "we've", "expensive", "cheaper", "interested", "explain", "tell", "send", "information", "info", "email",
            "busy", "currently", "happy", "fine", "good", "great", "same", "different", "else", "much", "more", "less", "also",
        };

        private readonly string[] _salientStems;
        private readonly string[] _objectionStems;
        private readonly HashSet<string> _objectionNumbers;
        private readonly CueSet _contextTerms;
        private readonly HashSet<string> _echoes;

        private BuyerFacts(string[] salientStems, string[] objectionStems, HashSet<string> objectionNumbers, CueSet contextTerms, HashSet<string> numbers, string[] examples, HashSet<string> echoes)
        {
            _echoes = echoes;
            _salientStems = salientStems;
            _objectionStems = objectionStems;
            _objectionNumbers = objectionNumbers;
            _contextTerms = contextTerms;
            Numbers = numbers;
            Examples = examples;
        }

        public HashSet<string> Numbers { get; }

        /// <summary>A few buyer facts, used to suggest a tailored line.</summary>
        public string[] Examples { get; }

        private const int CacheLimit = 2048;

        // Buyer lines and persona contexts come from content, so the same few hundred combinations repeat across turns.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Line, string? Context, string? Category, string Terms), BuyerFacts> Cache = new();

        public static BuyerFacts From(ScoringContext context, CompiledCategory? category)
        {
            var key = (context.BuyerLine, context.BuyerContext, category?.Source.Id, string.Join('\u001F', context.ContextTerms));
            if (Cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            if (Cache.Count >= CacheLimit)
            {
                Cache.Clear();
            }

            return Cache[key] = Build(context, category);
        }

        private static BuyerFacts Build(ScoringContext context, CompiledCategory? category)
        {
            var (objectionStems, objectionNumbers) = Salient(context.BuyerLine, category);
            var (contextStems, contextNumbers) = Salient(context.BuyerContext ?? "", category);
            var numbers = new HashSet<string>(objectionNumbers, StringComparer.Ordinal);
            numbers.UnionWith(contextNumbers);
            var examples = context.ContextTerms.Take(3).ToArray();
            return new BuyerFacts(
                [.. objectionStems.Union(contextStems)],
                [.. objectionStems],
                objectionNumbers,
                CuePattern.Compile(context.ContextTerms),
                numbers,
                examples,
                Trigrams(context.BuyerLine));
        }

        private static readonly Dictionary<string, string> Perspective = new(StringComparer.Ordinal)
        {
            ["we"] = "you", ["our"] = "your", ["us"] = "you", ["i"] = "you", ["my"] = "your", ["me"] = "you", ["i'm"] = "you're",
            ["we're"] = "you're", ["we've"] = "you've", ["i've"] = "you've", ["ours"] = "yours", ["mine"] = "yours",
        };

        /// <summary>Word triples of the buyer's line, seen from the seller's side, that carry at least one content word.</summary>
        private static HashSet<string> Trigrams(string line)
        {
            var words = TextTokens.Tokenize(line).Select(t => Perspective.GetValueOrDefault(t.Value, t.Value)).ToArray();
            var result = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + 2 < words.Length; i++)
            {
                var triple = words[i..(i + 3)];
                if (triple.Any(w => !Lexicon.StopWords.Contains(w)) || triple.Count(w => w.Length >= 4) >= 2)
                {
                    result.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
                }
            }

            return result;
        }

        private static (HashSet<string> Stems, HashSet<string> Numbers) Salient(string source, CompiledCategory? category)
        {
            var numbers = new HashSet<string>(StringComparer.Ordinal);
            var stems = new HashSet<string>(StringComparer.Ordinal);
            var tokens = TextTokens.Tokenize(source);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Number || Lexicon.NumberWords.Contains(token.Value))
                {
                    numbers.Add(token.Value);
                    continue;
                }

                if (token.Kind != TokenKind.Word || Lexicon.StopWords.Contains(token.Value) || Generic.Contains(token.Value))
                {
                    continue;
                }

                var acronym = token.Length >= 2 && source.AsSpan(token.Start, token.Length).ToString().All(char.IsUpper);
                if (token.Value.Length < 4 && !acronym)
                {
                    continue;
                }

                if (category is not null && category.MentionsConcern(tokens, i, i + 1))
                {
                    continue;
                }

                stems.Add(Stem(token.Value));
            }

            return (stems, numbers);
        }

        /// <summary>
        /// Does the range say back three words in a row of what the buyer said, seen from the seller's side
        /// ("it does what we need" → "it does what you need")?
        /// </summary>
        public bool EchoesObjection(IReadOnlyList<Token> tokens, int from, int to)
        {
            for (var i = from; i + 2 < to; i++)
            {
                if (_echoes.Contains($"{tokens[i].Value} {tokens[i + 1].Value} {tokens[i + 2].Value}"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Does this token range refer to what the buyer just said (their words, their numbers)?</summary>
        public bool RefersToObjection(IReadOnlyList<Token> tokens, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Number ? _objectionNumbers.Contains(token.Value) : Array.IndexOf(_objectionStems, Stem(token.Value)) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Is this word part of what the buyer said or is (their company, their tools)?</summary>
        public bool Mentions(string word) => Array.IndexOf(_salientStems, Stem(word)) >= 0;

        /// <summary>Does this token range refer to something the buyer said or is?</summary>
        public bool IsSpecific(IReadOnlyList<Token> tokens, int from, int to) => CountMatches(tokens, from, to) > 0;

        /// <summary>Distinct buyer facts referred to in the token range.</summary>
        public int CountMatches(IReadOnlyList<Token> tokens, int from, int to)
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            for (var i = from; i < to; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Number && Numbers.Contains(token.Value))
                {
                    found.Add("#" + token.Value);
                }
                else if (token.Kind == TokenKind.Word && token.Value.Length >= 2)
                {
                    var stem = Stem(token.Value);
                    if (Array.IndexOf(_salientStems, stem) >= 0)
                    {
                        found.Add(stem);
                    }
                }
            }

            foreach (var (term, _) in _contextTerms.Matches(tokens, from, to))
            {
                found.Add("=" + term.Phrase);
            }

            return found.Count;
        }

        private static string Stem(string word)
        {
            var w = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
            if (w.Length > 5 && w.EndsWith("ies", StringComparison.Ordinal))
            {
                return w[..^3] + "y";
            }

            if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
            {
                return w[..^3];
            }

            if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
            {
                return w[..^2];
            }

            if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal))
            {
                return w[..^2];
            }

            if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
            {
                return w[..^1];
            }

            return w;
        }
    }

    /// <summary>Judges each criterion from the sentence features.</summary>
    private sealed class Judge(AnalyzedText text, SentenceFeatures[] features, ScoringContext context, CompiledCategory? category, BuyerFacts buyer)
    {
        private static readonly HashSet<string> GenericYour = new(StringComparer.Ordinal)
        {
            "concern", "concerns", "question", "questions", "point", "time", "feedback", "situation", "perspective", "position", "side",
            "shoes", "mind", "thoughts", "take", "view", "call", "business", "company", "needs", "money", "budget", "price", "decision",
            "interest", "patience", "honesty", "frustration", "worry", "way", "end", "own", "convenience", "inbox", "email",
        };

        private readonly IReadOnlyList<Token> _tokens = text.Tokens;

        public (CriterionStatus Status, string Reason, IReadOnlyList<string> Evidence, string BetterLine) Evaluate(string id) => id switch
        {
            Rubric.Acknowledge => Acknowledge(),
            Rubric.Explore => context.Profile == RubricProfile.Discovery ? ExploreDiscovery() : Explore(),
            Rubric.Value => Value(),
            Rubric.Method => Method(),
            Rubric.Tailor => Tailor(),
            Rubric.Control => context.Profile == RubricProfile.Discovery ? Agenda() : Control(),
            Rubric.Concise => Concise(),
            Rubric.Listen => Listen(),
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown criterion."),
        };

        public List<Penalty> Penalties()
        {
            var penalties = new List<Penalty>();
            var hype = features.Select((f, i) => (f, i)).Where(x => x.f.Hype).Select(x => text.Sentences[x.i].Text).ToList();
            if (hype.Count > 0)
            {
                penalties.Add(new Penalty("hype", "Hype without evidence (\"best\", \"#1\", \"game-changer\") costs credibility", Math.Min(2, hype.Count) * 5, Quote(hype[0])));
            }

            return penalties;
        }

        public List<BlockerHit> Blockers(IReadOnlyList<CriterionResult> criteria)
        {
            var hits = new List<BlockerHit>();
            if (category is not null)
            {
                foreach (var (blocker, cues) in category.Blockers)
                {
                    var excused = blocker.Unless.Any(id => criteria.Any(c => c.Id == id && c.Status == CriterionStatus.Met));
                    if (!excused && FindUnnegated(cues) is { } sentence)
                    {
                        hits.Add(new BlockerHit(blocker.Id, blocker.Description, Quote(sentence.Text), blocker.BetterLine));
                    }
                }
            }

            if (FindUnnegated(Lexicon.Pressure) is { } pressure && hits.All(h => h.Id != "pressure-tactics"))
            {
                hits.Add(new BlockerHit(
                    "pressure",
                    "Pressured the buyer (fake urgency or pushing for a signature) instead of earning the next step",
                    Quote(pressure.Text),
                    Better(Rubric.Control)));
            }

            if (hits.Count == 0 && FindUnnegated(Lexicon.Concessions) is { } concession)
            {
                hits.Add(new BlockerHit(
                    "concession",
                    "Offered a discount or freebie to get past the objection instead of handling it",
                    Quote(concession.Text),
                    Better(Rubric.Explore)));
            }

            if (FindUnnegated(Lexicon.Arguing) is { } arguing)
            {
                hits.Add(new BlockerHit(
                    "arguing",
                    "Argued with or dismissed the buyer",
                    Quote(arguing.Text),
                    Better(Rubric.Acknowledge)));
            }

            return hits;
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Acknowledge()
        {
            var better = Better(Rubric.Acknowledge);
            if (text.Sentences.Count == 0)
            {
                return (CriterionStatus.Missed, "No answer to score.", [], better);
            }

            var window = Math.Min(2, text.Sentences.Count);
            var arguing = Enumerable.Range(0, window).Any(i => AnyIn(Lexicon.Arguing, i));
            if (arguing)
            {
                return (CriterionStatus.Missed, "You argued with the buyer instead of acknowledging the concern.", [text.Sentences[0].Text], better);
            }

            var specificWindow = Enumerable.Range(0, window).Any(i => features[i].Specific);
            for (var i = 0; i < window; i++)
            {
                var f = features[i];
                if (!(f.Ack || f.Paraphrase))
                {
                    continue;
                }

                var sentence = text.Sentences[i].Text;
                var next = i + 1 < window ? features[i + 1] : null;
                var formulaChain = f.Formula || (next?.Formula ?? false);
                var specific = f.Specific || (next is { Specific: true, ProductClaim: false } && !next.Formula);
                if (specific && !(f.Formula && !f.Specific))
                {
                    return (CriterionStatus.Met, "You acknowledged their specific concern in their terms.", [sentence], better);
                }

                if (formulaChain)
                {
                    return f.Specific || (next?.Specific ?? false)
                        ? (CriterionStatus.Partly, "Feel-felt-found is a formula: say their concern back in their words instead.", [sentence], better)
                        : (CriterionStatus.Missed, "A formula (\"I understand how you feel\") isn't acknowledgement: name what they actually said.", [sentence], better);
                }

                return (CriterionStatus.Partly, "You acknowledged them, but not their specific concern: name it in their words.", [sentence], better);
            }

            if (!features[0].Defensive && !features[0].IsExploring && features[0].Specific && !features[0].ProductClaim)
            {
                return (CriterionStatus.Partly, "You referred to their concern but didn't acknowledge it before answering.", [text.Sentences[0].Text], better);
            }

            var later = Enumerable.Range(window, text.Sentences.Count - window).FirstOrDefault(i => (features[i].Ack || features[i].Paraphrase) && features[i].Specific, -1);
            if (later >= 0)
            {
                return (CriterionStatus.Partly, "You acknowledged the concern, but only after answering it: lead with it.", [text.Sentences[later].Text], better);
            }

            return features[0].Defensive
                ? (CriterionStatus.Missed, "You opened defensively instead of acknowledging the concern.", [text.Sentences[0].Text], better)
                : (CriterionStatus.Missed, "No acknowledgement: you went straight to your answer.", [], better);
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Explore()
        {
            var better = Better(Rubric.Explore);
            var exploring = Indexes(f => f.IsExploring);
            var pitch = Array.FindIndex(features, f => f.IsPitch && !f.IsExploring);
            if (exploring.Count == 0)
            {
                var checkIn = Array.FindIndex(features, f => f.Question is QuestionKind.CheckIn or QuestionKind.Rhetorical);
                return checkIn >= 0
                    ? (CriterionStatus.Missed, "That question checks in or pushes; it doesn't explore their concern. Ask what's behind it.", [text.Sentences[checkIn].Text], better)
                    : (CriterionStatus.Missed, "No clarifying question: you answered before you understood the objection.", [], better);
            }

            var first = exploring[0];
            var evidence = exploring.Take(2).Select(i => text.Sentences[i].Text).ToList();
            if (pitch < 0 || first <= pitch || exploring.Count >= 2)
            {
                return (CriterionStatus.Met, exploring.Count >= 2 ? "You explored with questions." : "You asked a clarifying question before answering.", evidence, better);
            }

            return (CriterionStatus.Partly, "You asked a question, but only after pitching: ask first, then answer.", evidence, better);
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) ExploreDiscovery()
        {
            var better = Better(Rubric.Explore);
            var exploring = Indexes(f => f.IsExploring);
            var evidence = exploring.Take(2).Select(i => text.Sentences[i].Text).ToList();
            if (exploring.Count >= 2 || exploring.Any(i => features[i].Implication))
            {
                return (CriterionStatus.Met, "You asked questions that dig into their situation.", evidence, better);
            }

            return exploring.Count == 1
                ? (CriterionStatus.Partly, "One question is a start; ask about impact too (\"what does that cost you?\").", evidence, better)
                : (CriterionStatus.Missed, "No discovery question: find out about their situation before you say anything about yours.", [], better);
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Listen()
        {
            var better = "Before I show you anything: what prompted you to take this call, and what would make it worth your fifteen minutes?";
            var exploring = Array.FindIndex(features, f => f.IsExploring);
            var pitches = Indexes(f => f.IsPitch && !f.IsExploring);
            if (exploring < 0)
            {
                return (CriterionStatus.Missed, "You pitched without asking anything.", pitches.Take(1).Select(i => text.Sentences[i].Text).ToList(), better);
            }

            var before = pitches.Count(i => i < exploring);
            if (before == 0 && pitches.Count <= 1)
            {
                return (CriterionStatus.Met, "You asked before you pitched.", [text.Sentences[exploring].Text], better);
            }

            return (CriterionStatus.Partly, "You pitched before (or more than) you asked: lead with the questions.", pitches.Take(1).Select(i => text.Sentences[i].Text).ToList(), better);
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Value()
        {
            var better = Better(Rubric.Value);

            // Evidence is an outcome for a buyer with a number or a customer behind it, not a feature list or a brag.
            bool Usable(SentenceFeatures f) => !f.IsExploring && !f.Brag && !f.FeatureList && f.Question != QuestionKind.Closing;
            var strong = Indexes(f => Usable(f) && ((f.Outcome && (f.Number || f.NamedProof)) || (f.Proof && f.Number)));
            var outcome = Indexes(f => Usable(f) && f.Outcome);
            var proof = Indexes(f => Usable(f) && f.Proof);
            var number = Indexes(f => Usable(f) && f.Number && !f.ProductClaim);
            if (strong.Count > 0 || (outcome.Count > 0 && proof.Count > 0 && number.Count > 0))
            {
                var evidence = strong.Concat(proof).Concat(number).Distinct().Take(2).Select(i => text.Sentences[i].Text).ToList();
                return (CriterionStatus.Met, "You backed the value with evidence.", evidence, better);
            }

            var brag = Array.FindIndex(features, f => f.Brag || f.FeatureList);
            if (outcome.Count > 0 || proof.Count > 0 || number.Count > 0)
            {
                var reason = outcome.Count > 0
                    ? "A claim without proof: add a number or a customer example."
                    : "Proof without the outcome it bought: say what changed for them.";
                var evidence = outcome.Concat(proof).Concat(number).Distinct().Order().Take(2).Select(i => text.Sentences[i].Text).ToList();
                return (CriterionStatus.Partly, reason, evidence, better);
            }

            if (brag >= 0)
            {
                return (CriterionStatus.Partly, "Features and credentials about you, not outcomes for them: say what changes for this buyer.", [text.Sentences[brag].Text], better);
            }

            var hype = Array.FindIndex(features, f => f.Hype);
            return hype >= 0
                ? (CriterionStatus.Missed, "Hype isn't evidence: replace it with a number or a customer result.", [text.Sentences[hype].Text], better)
                : (CriterionStatus.Missed, "No value or evidence: say what changes for them and how you know.", [], better);
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Method()
        {
            var method = category!.Source.Method;
            // Distinct cues, each counted once and at most one per position.
            var matched = new List<(string Cue, int Token)>();
            foreach (var sentence in text.Sentences)
            {
                foreach (var (cue, at) in category.Method.Matches(_tokens, sentence.FirstToken, sentence.EndToken))
                {
                    if (matched.TrueForAll(m => m.Token != at && m.Cue != cue.Phrase))
                    {
                        matched.Add((cue.Phrase, at));
                    }
                }
            }

            var evidence = matched.Select(m => text.SentenceOf(m.Token).Text).Distinct().ToList();
            return matched.Count switch
            {
                >= 2 => (CriterionStatus.Met, $"{method.Name}: done.", evidence, method.BetterLine),
                1 => (CriterionStatus.Partly, $"{method.Name}: only partly. {method.Description}", evidence, method.BetterLine),
                _ => (CriterionStatus.Missed, $"{method.Name}: missing. {method.Description}", [], method.BetterLine),
            };
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Tailor()
        {
            var matches = buyer.CountMatches(_tokens, 0, _tokens.Count);
            var yours = CountYourPhrases();
            var evidence = Indexes(f => f.Tailored).Take(2).Select(i => text.Sentences[i].Text).ToList();
            var better = buyer.Examples.Length > 0
                ? $"Use their world: bring in {string.Join(", ", buyer.Examples.Select(e => $"\"{e}\""))}."
                : "Use their world: repeat a fact they gave you (a number, a deadline, their current tool).";
            if (matches >= 2 || (matches >= 1 && yours >= 1) || yours >= 3)
            {
                return (CriterionStatus.Met, "You tied it to their situation.", evidence, better);
            }

            return matches >= 1 || yours >= 1
                ? (CriterionStatus.Partly, "Somewhat generic: one nod to their situation.", evidence, better)
                : (CriterionStatus.Missed, "Generic: nothing about their company, numbers or people.", [], better);
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Control()
        {
            var better = Better(Rubric.Control);
            var full = Array.FindIndex(features, f => f.Proposal && f.NextStepObject && f.Time && f.Question != QuestionKind.Rhetorical);
            if (full >= 0)
            {
                return (CriterionStatus.Met, "You proposed a concrete next step with a time.", [text.Sentences[full].Text], better);
            }

            var partial = Array.FindIndex(features, f => f.Question != QuestionKind.Rhetorical && f.Proposal && (f.NextStepObject || f.Time));
            if (partial >= 0)
            {
                return (CriterionStatus.Partly, "A next step, but not a concrete one: say what, and when.", [text.Sentences[partial].Text], better);
            }

            var passive = Array.FindIndex(features, f => f.Passive);
            return passive >= 0
                ? (CriterionStatus.Missed, "You handed control back to the buyer: propose the next step yourself.", [text.Sentences[passive].Text], better)
                : (CriterionStatus.Missed, "No next step: end by proposing one, with a time.", [], better);
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Agenda()
        {
            var better = "To make this useful for you: can I ask a few questions about how you handle this today, and if there's no fit we'll say so?";
            var agenda = Array.FindIndex(features, f => f.Agenda);
            if (agenda >= 0)
            {
                return (CriterionStatus.Met, "You framed the conversation.", [text.Sentences[agenda].Text], better);
            }

            var proposal = Array.FindIndex(features, f => f.Proposal && (f.NextStepObject || f.Time));
            return proposal >= 0
                ? (CriterionStatus.Partly, "You proposed a step, but didn't frame this conversation first.", [text.Sentences[proposal].Text], better)
                : (CriterionStatus.Missed, "Frame the call: say what you'd like to learn and ask permission.", [], better);
        }

        private (CriterionStatus, string, IReadOnlyList<string>, string) Concise()
        {
            var words = text.WordCount;
            var (low, high) = context.Profile == RubricProfile.Discovery ? (12, 100) : (20, 120);
            if (words >= low && words <= high)
            {
                return (CriterionStatus.Met, $"{words} words: easy to read in chat.", [], "");
            }

            if (words > high && words <= high + 50)
            {
                return (CriterionStatus.Partly, $"{words} words: long for chat. Keep it to acknowledge, ask, one proof point, one next step.", [], "Cut to 3–4 sentences: acknowledge, ask, one proof point, one next step.");
            }

            if (words >= low / 2 && words < low)
            {
                return (CriterionStatus.Partly, $"{words} words: too thin to land the point.", [], "Say a little more: one question and one proof point.");
            }

            return words > high
                ? (CriterionStatus.Missed, $"{words} words: a monologue. Buyers stop reading.", [], "Cut to 3–4 sentences: acknowledge, ask, one proof point, one next step.")
                : (CriterionStatus.Missed, $"{words} words: too short to handle the objection.", [], "Say a little more: acknowledge, ask one question, propose a next step.");
        }

        private Sentence? FindUnnegated(CueSet cues)
        {
            foreach (var sentence in text.Sentences)
            {
                foreach (var (cue, at) in cues.Matches(_tokens, sentence.FirstToken, sentence.EndToken))
                {
                    if (!IsNegated(sentence, at, cue.Length))
                    {
                        return sentence;
                    }
                }
            }

            return null;
        }

        private bool IsNegated(Sentence sentence, int at, int length)
        {
            var start = Math.Max(sentence.FirstToken, at - 5);
            if (AnyRange(Lexicon.Negators, start, at))
            {
                return true;
            }

            var after = at + length;
            return AnyRange(Lexicon.Negators, after, Math.Min(sentence.EndToken, after + 3))
                && _tokens.Skip(after).Take(3).Any(t => t.Value is "not" or "never" or "isn't" or "aren't" or "won't" or "wouldn't");
        }

        private bool AnyRange(CueSet patterns, int from, int to) => from < to && Any(patterns, _tokens, from, to);

        private bool AnyIn(CueSet patterns, int sentenceIndex)
        {
            var sentence = text.Sentences[sentenceIndex];
            return Any(patterns, _tokens, sentence.FirstToken, sentence.EndToken);
        }

        private int CountYourPhrases()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < _tokens.Count; i++)
            {
                if (_tokens[i].Value is "your" or "you're" && _tokens[i + 1].Kind == TokenKind.Word)
                {
                    var next = _tokens[i + 1].Value;
                    if (_tokens[i].Value == "your" && !GenericYour.Contains(next) && !Lexicon.StopWords.Contains(next))
                    {
                        seen.Add(next);
                    }
                    else if (_tokens[i].Value == "your" && next == "team")
                    {
                        seen.Add(next);
                    }
                }
            }

            return seen.Count;
        }

        private List<int> Indexes(Func<SentenceFeatures, bool> predicate)
        {
            var result = new List<int>();
            for (var i = 0; i < features.Length; i++)
            {
                if (predicate(features[i]))
                {
                    result.Add(i);
                }
            }

            return result;
        }

        private string Better(string criterion)
        {
            if (category is not null)
            {
                var lines = category.Source.BetterLines;
                return criterion switch
                {
                    Rubric.Acknowledge => lines.Acknowledge,
                    Rubric.Explore => lines.Explore,
                    Rubric.Value => lines.Value,
                    _ => lines.Control,
                };
            }

            return criterion switch
            {
                Rubric.Acknowledge => "That's a fair challenge, and with what you just told me it matters.",
                Rubric.Explore => "Before I answer: what's prompting you to look at this now, and what happens if nothing changes?",
                Rubric.Value => "A team your size cut that work by 30% in the first quarter; that's the outcome I'd want to test with you.",
                _ => "Can we put 30 minutes on Thursday at 10 to map this against your numbers, with whoever else needs to weigh in?",
            };
        }
    }
}
