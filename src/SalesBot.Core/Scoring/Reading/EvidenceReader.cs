using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>Numbers, times and names in a sentence: what counts as a proof number, a concrete time or a named customer.</summary>
internal static class EvidenceReader
{
    /// <summary>Capitalised words that are not names of customers or references.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "i'm", "i'd", "i'll", "i've", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "q1", "q2", "q3", "q4",
        "h1", "h2", "ceo", "cfo", "cto", "coo", "cro", "ciso", "vp", "roi", "kpi", "okr", "saas", "crm", "erp", "api", "sso", "soc", "iso",
        "gdpr", "hipaa", "faq", "pdf", "the", "and", "but", "our", "your", "you", "we", "they", "what", "how", "why", "who", "when", "can",
        "would", "could", "ok", "okay", "hr", "it", "ops", "revops", "black", "christmas", "easter", "eod", "eow", "usd", "eur", "gbp",
        "ai", "excel", "zoom", "teams", "slack", "google", "microsoft", "salesforce", "hubspot", "sap", "oracle", "workday", "sheets",
        "sheet", "type", "ii", "lite", "sig", "good", "luck", "thanks", "thank", "happy", "hope", "just", "sure", "great", "no", "yes", "hi",
        "hey", "sorry", "please", "let", "let's", "also", "plus", "if", "so", "that", "this", "then", "once", "with", "for", "from", "in",
        "on", "at", "by", "as",
    };

    /// <summary>Words before a number that make it part of a name ("SOC 2", "ISO 27001", "Type 2", "Series B").</summary>
    private static readonly HashSet<string> NamePrefixes = new(StringComparer.Ordinal) { "soc", "iso", "type", "tier", "level", "series", "version", "v", "q", "h", "phase", "step", "round" };

    public static bool HasEvidenceNumber(AnalyzedText text, Sentence sentence, SentenceFeatures features, BuyerFacts buyer)
    {
        var tokens = text.Tokens;
        var proposal = features.Proposal;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            var next = i + 1 < sentence.EndToken ? tokens[i + 1].Value : "";
            if (token.Kind == TokenKind.Number)
            {
                if (buyer.Numbers.Contains(token.Value) || Lexicon.DurationUnits.Contains(next) || next is "th" or "st" or "nd" or "rd"
                    || (i > sentence.FirstToken && NamePrefixes.Contains(tokens[i - 1].Value)))
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

    public static bool HasDuration(IReadOnlyList<Token> tokens, int from, int to)
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

    public static bool HasOrdinalDate(IReadOnlyList<Token> tokens, int from, int to)
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

    public static bool HasClockTime(AnalyzedText text, Sentence sentence)
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

    /// <summary>A capitalised name inside a sentence that isn't the buyer's own (a customer, a reference).</summary>
    public static bool NamesSomeone(AnalyzedText text, Sentence sentence, BuyerFacts buyer)
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

            if (QuestionReader.FollowsClauseBreak(text, i) && text.Text[token.Start - 1] != ' ')
            {
                continue;
            }

            if (NotNames.Contains(token.Value) || buyer.Mentions(token.Value) || IsShouted(text, token))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>A whole word in capitals that isn't an acronym-length word: shouting, not a name.</summary>
    private static bool IsShouted(AnalyzedText text, Token token)
    {
        if (token.Length < 4)
        {
            return false;
        }

        foreach (var c in text.Text.AsSpan(token.Start, token.Length))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSentenceStartAfterLeadIn(AnalyzedText text, Sentence sentence, int index) =>
        index > sentence.FirstToken && text.Tokens[index - 1].Value is "at" or "for" or "with" or "and" && index - 1 == sentence.FirstToken;
}
