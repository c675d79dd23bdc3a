using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>
/// Decides what a sentence asks: an exploring question, a close (a proposed step), a check-in, a rhetorical push, or a
/// question too thin to explore. A question mentioning "today" or "right now" is about the present, not a meeting.
/// </summary>
internal static class QuestionReader
{
    /// <summary>Below this many words a question explores nothing, unless it is an idiom ("Compared to what?").</summary>
    private const int MinimumWords = 4;

    public static QuestionKind Classify(AnalyzedText text, Sentence sentence, SentenceFeatures features)
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
        if (Lexicon.RhetoricalQuestions.AnyIn(tokens, start, to))
        {
            return QuestionKind.Rhetorical;
        }

        if (IsCheckIn(text, sentence, start) && !features.Implication)
        {
            return QuestionKind.CheckIn;
        }

        // A question that names a time for a step ("Thursday at 2?", "20 min tuesday?") or opens like an invitation is a
        // close; "today" only when the question is also about a step ("can we talk today?").
        var time = features.Time || (features.Today && features.NextStepObject);
        var stepLike = features.NextStepObject || features.Words <= 6;
        var whClause = FindClause(text, sentence, QuestionLexicon.ExploringOpeners);
        var invitation = QuestionLexicon.ClosingOpeners.MatchesAt(tokens, start, to) && !QuestionLexicon.ExploringOpeners.MatchesAt(tokens, start, to);
        var wh = whClause >= 0 && !(invitation && whClause == start && !QuestionLexicon.ExploringOpeners.MatchesAt(tokens, start, to));
        // "Are the new hires still starting on 2 March?" asks about their timeline; "Thursday at 2?" proposes a time.
        if ((time && (invitation || (!wh && stepLike))) || (invitation && (features.NextStepObject || QuestionLexicon.VagueClosings.AnyIn(tokens, start, to))))
        {
            return features.Fragment && !time ? QuestionKind.Thin : QuestionKind.Closing;
        }

        if (!wh && !invitation && QuestionLexicon.VagueClosings.AnyIn(tokens, start, to) && sentence.TokenCount <= 8)
        {
            return QuestionKind.Closing;
        }

        if (QuestionLexicon.Idioms.AnyIn(tokens, from, to))
        {
            return QuestionKind.Exploring;
        }

        return features.Fragment || features.Words < MinimumWords ? QuestionKind.Thin : QuestionKind.Exploring;
    }

    /// <summary>
    /// "Make sense?", "Thoughts?", "What do you think?": the check-in is (nearly) the whole question. "…, right?" after a
    /// statement too. "Right now" or "interested in" inside a real question is not a check-in.
    /// </summary>
    private static bool IsCheckIn(AnalyzedText text, Sentence sentence, int start)
    {
        var tokens = text.Tokens;
        var to = sentence.EndToken;
        var length = Lexicon.CheckIns.MatchLengthAt(tokens, start, to);
        if (length > 0 && to - (start + length) <= 2)
        {
            return true;
        }

        if (sentence.TokenCount <= 12 && Lexicon.CheckIns.AnyIn(tokens, start, to)
            && (ContainsPhrase(tokens, start, to, "would you agree") || ContainsPhrase(tokens, start, to, "don't you agree")
                || ContainsPhrase(tokens, start, to, "does that make sense") || ContainsPhrase(tokens, start, to, "does that help")
                || ContainsPhrase(tokens, start, to, "does that work")))
        {
            return true;
        }

        // A tag after a comma at the end: "We save you 20%, right?"
        for (var i = to - 1; i > start && i >= to - 2; i--)
        {
            if (FollowsClauseBreak(text, i) && Lexicon.CheckInTags.MatchLengthAt(tokens, i, to) == to - i)
            {
                return FindClause(text, sentence, QuestionLexicon.ExploringOpeners) is var wh && (wh < 0 || wh >= i);
            }
        }

        return false;
    }

    private static bool ContainsPhrase(IReadOnlyList<Token> tokens, int from, int to, string phrase)
    {
        var words = phrase.Split(' ');
        for (var i = from; i + words.Length <= to; i++)
        {
            var match = true;
            for (var k = 0; k < words.Length && match; k++)
            {
                match = tokens[i + k].Value == words[k];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Token index of a question opener at the start of the sentence or of a clause, or -1.</summary>
    public static int FindQuestionOpener(AnalyzedText text, Sentence sentence)
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
            var openers = sentenceStart ? (sentence.EndsWithQuestionMark ? Lexicon.QuestionOpeners : QuestionLexicon.StrongOpeners) : QuestionLexicon.ClauseOpeners;
            if (openers.MatchesAt(tokens, start, to) && !IsStatementForm(tokens, start, to, sentence.EndsWithQuestionMark))
            {
                return start;
            }
        }

        // "but if Alasdair were off for a month could anyone else run the 14 tabs" — an inverted question mid-sentence.
        for (var i = sentence.FirstToken; i < to; i++)
        {
            if (QuestionLexicon.InlineQuestions.MatchesAt(tokens, i, to))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Token index of the first sentence or clause start that opens with one of <paramref name="openers"/>, or -1.</summary>
    public static int FindClause(AnalyzedText text, Sentence sentence, CueSet openers)
    {
        var tokens = text.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (i != sentence.FirstToken && !FollowsClauseBreak(text, i))
            {
                continue;
            }

            var start = SkipLeadIns(tokens, i, sentence.EndToken);
            if (openers.MatchesAt(tokens, start, sentence.EndToken) && !IsStatementForm(tokens, start, sentence.EndToken, sentence.EndsWithQuestionMark))
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

    public static bool FollowsClauseBreak(AnalyzedText text, int tokenIndex)
    {
        var position = text.Tokens[tokenIndex].Start - 1;
        while (position >= 0 && char.IsWhiteSpace(text.Text[position]))
        {
            position--;
        }

        return position >= 0 && text.Text[position] is ',' or ';' or ':' or '-' or '\u2013' or '\u2014' or '(' or '?';
    }

    public static int SkipLeadIns(IReadOnlyList<Token> tokens, int from, int to)
    {
        var i = from;
        while (i < to && i - from < 4 && Lexicon.LeadIns.Contains(tokens[i].Value))
        {
            i++;
        }

        return i < to ? i : from;
    }
}
