using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>
/// Where words stand in an answer: the clause each token belongs to (for negation scope) and whether it is quoted
/// ("you asked whether this is our 'best price'") — quoted or reported words are the buyer's, not the seller's act.
/// </summary>
internal sealed class TextScope
{
    private static readonly CueSet Reporting = CuePattern.Compile(
    [
        "you said", "you asked", "you mentioned", "you wrote", "you told me", "you're saying", "you say", "you ask", "in your words",
        "as you put it", "your words", "you called it", "you put it",
    ]);

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "but", "because", "although", "though", "while", "whereas", "so", "yet", "however",
    };

    private readonly int[] _clauseStart;
    private readonly bool[] _quoted;

    private TextScope(int[] clauseStart, bool[] quoted)
    {
        _clauseStart = clauseStart;
        _quoted = quoted;
    }

    public static TextScope Of(AnalyzedText text)
    {
        var tokens = text.Tokens;
        var clauseStart = new int[tokens.Count];
        var quoted = new bool[tokens.Count];
        foreach (var sentence in text.Sentences)
        {
            var start = sentence.FirstToken;
            var reported = false;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (i > sentence.FirstToken && (QuestionReader.FollowsClauseBreak(text, i) || ClauseWords.Contains(tokens[i].Value)))
                {
                    start = i;
                    reported = false;
                }

                clauseStart[i] = start;
                if (Reporting.MatchesAt(tokens, i, sentence.EndToken))
                {
                    reported = true;
                }

                quoted[i] = reported;
            }
        }

        MarkQuotations(text, quoted);
        return new TextScope(clauseStart, quoted);
    }

    public int ClauseStart(int token) => _clauseStart[token];

    public bool IsQuoted(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_quoted[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Is there a negator ("not", "won't", "rather", "without"…) in the same clause shortly before the token?</summary>
    public bool IsNegated(IReadOnlyList<Token> tokens, int token, int window = 8)
    {
        var from = Math.Max(_clauseStart[token], token - window);
        return from < token && Lexicon.Negators.AnyIn(tokens, from, token);
    }

    /// <summary>Tokens between double quotes, or between single quotes that are not apostrophes.</summary>
    private static void MarkQuotations(AnalyzedText text, bool[] quoted)
    {
        var source = text.Text;
        var open = -1;
        var openChar = '\0';
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var isDouble = c is '"' or '\u201C' or '\u201D';
            var isSingle = c is '\'' or '\u2018' or '\u2019';
            if (!isDouble && !isSingle)
            {
                continue;
            }

            var before = i > 0 ? source[i - 1] : ' ';
            var after = i + 1 < source.Length ? source[i + 1] : ' ';
            if (isSingle && char.IsLetter(before) && char.IsLetter(after))
            {
                continue; // an apostrophe
            }

            if (open < 0 && !char.IsLetterOrDigit(before))
            {
                open = i;
                openChar = c;
            }
            else if (open >= 0 && (isDouble == (openChar is '"' or '\u201C' or '\u201D')) && !char.IsLetterOrDigit(after))
            {
                for (var t = 0; t < text.Tokens.Count; t++)
                {
                    var token = text.Tokens[t];
                    if (token.Start > open && token.Start < i)
                    {
                        quoted[t] = true;
                    }
                }

                open = -1;
            }
        }
    }
}
