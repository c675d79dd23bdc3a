namespace SalesBot.Core.Text;

/// <summary>A sentence of an answer: a token range and the original text.</summary>
public sealed record Sentence(int Index, string Text, int FirstToken, int TokenCount, bool EndsWithQuestionMark)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>An answer split into tokens and sentences, computed once and shared by every criterion.</summary>
public sealed class AnalyzedText
{
    private AnalyzedText(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        WordCount = tokens.Count(t => t.Kind != TokenKind.Symbol);
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public int WordCount { get; }

    /// <summary>Splits the text; with an <paramref name="index"/>, also scans the tokens for its cue sets.</summary>
    public static AnalyzedText Analyze(string text, CueIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<Token> tokens = TextTokens.Tokenize(text);
        var sentences = new List<Sentence>();
        var start = 0;
        var tokenIndex = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var boundary = atEnd || text[i] == '\n'
                || (IsTerminator(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '\u201D' or ')')
                    && !(text[i] == '.' && IsAbbreviation(text, i)));
            if (!boundary)
            {
                continue;
            }

            var end = atEnd ? text.Length : i + 1;
            var first = tokenIndex;
            while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < end)
            {
                tokenIndex++;
            }

            var piece = text.AsSpan(start, end - start).Trim().ToString();
            if (tokenIndex > first && piece.Length > 0)
            {
                var question = piece.TrimEnd('"', '\u201D', ')', ' ').EndsWith('?');
                sentences.Add(new Sentence(sentences.Count, piece, first, tokenIndex - first, question));
            }

            start = end;
        }

        if (index is not null)
        {
            tokens = new ScannedTokens(tokens, index, index.Scan(tokens, sentences));
        }

        return new AnalyzedText(text, tokens, sentences);
    }

    public string TokenAt(int index) => Tokens[index].Value;

    public Sentence SentenceOf(int tokenIndex) =>
        Sentences.First(s => tokenIndex >= s.FirstToken && tokenIndex < s.EndToken);

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "mr", "mrs", "ms", "dr", "prof", "vs", "etc", "approx", "inc", "ltd", "co", "corp", "eg", "ie", "e.g", "i.e", "no", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "min",
        "mins", "hr", "hrs", "est", "dept", "ave", "jr", "sr",
    };

    /// <summary>"St. Agnes", "e.g. this": a full stop that ends an abbreviation, not a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text[start..dot];
        if (!Abbreviations.Contains(word))
        {
            return false;
        }

        // Only when the text goes on with a capitalised word or a number on the same line ("St. Agnes", "approx. 40").
        var next = dot + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && (char.IsUpper(text[next]) || char.IsDigit(text[next])) && word.Length <= 5
            && !(word.Equals("no", StringComparison.OrdinalIgnoreCase) && !char.IsDigit(text[next]));
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';
}
