namespace SalesBot.Core.Text;

/// <summary>One word, number or symbol of a text, lower-cased, with its position in the original text.</summary>
public readonly record struct Token(string Value, int Start, int Length, TokenKind Kind);

/// <summary>What a token is.</summary>
public enum TokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>Splits chat text into tokens: words (hyphens split, apostrophes kept), numbers and the symbols % $ £ €.</summary>
public static class TextTokens
{
    private static readonly Dictionary<string, string> Contractions = new(StringComparer.Ordinal)
    {
        ["dont"] = "don't",
        ["wont"] = "won't",
        ["cant"] = "can't",
        ["didnt"] = "didn't",
        ["doesnt"] = "doesn't",
        ["isnt"] = "isn't",
        ["wouldnt"] = "wouldn't",
        ["shouldnt"] = "shouldn't",
        ["couldnt"] = "couldn't",
        ["im"] = "i'm",
        ["ive"] = "i've",
        ["youre"] = "you're",
        ["thats"] = "that's",
        ["whats"] = "what's",
        ["ill"] = "i'll",
        ["id"] = "i'd",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ContractionsLookup = Contractions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words seen before, shared so each token doesn't allocate its own copy; bounded so odd input can't grow it forever.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordsLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int WordPoolLimit = 100_000;

    private const int PooledWordLength = 24;

    private static readonly Dictionary<char, string> Symbols = new() { ['%'] = "%", ['$'] = "$", ['£'] = "£", ['€'] = "€", ['#'] = "#" };

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Max(4, text.Length / 5));
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var start = i;
                var commas = false;
                while (i < text.Length && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    commas |= text[i] == ',';
                    i++;
                }

                var number = text[start..i];
                tokens.Add(new Token(commas ? number.Replace(",", "", StringComparison.Ordinal) : number, start, i - start, TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                var length = 0;
                var word = buffer;
                while (i < text.Length)
                {
                    var current = text[i];
                    char next;
                    if (char.IsLetter(current) || (char.IsDigit(current) && length > 0))
                    {
                        next = char.ToLowerInvariant(current);
                    }
                    else if (IsApostrophe(current) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && length > 0)
                    {
                        next = '\'';
                    }
                    else
                    {
                        break;
                    }

                    if (length == word.Length)
                    {
                        var bigger = new char[word.Length * 2];
                        word[..length].CopyTo(bigger);
                        word = bigger;
                    }

                    word[length++] = next;
                    i++;
                }

                var value = ContractionsLookup.TryGetValue(word[..length], out _, out var expanded) ? expanded : Pooled(word[..length]);
                tokens.Add(new Token(value, start, i - start, TokenKind.Word));
            }
            else if (c is '%' or '$' or '£' or '€' or '#')
            {
                tokens.Add(new Token(Symbols[c], i, 1, TokenKind.Symbol));
                i++;
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static string Pooled(ReadOnlySpan<char> word)
    {
        if (WordsLookup.TryGetValue(word, out var pooled))
        {
            return pooled;
        }

        var value = new string(word);
        if (word.Length <= PooledWordLength && Words.Count < WordPoolLimit)
        {
            Words.TryAdd(value, value);
        }

        return value;
    }

    /// <summary>Tokens of a cue phrase, used for matching; a trailing <c>*</c> on a word is kept to mean "starts with".</summary>
    public static IReadOnlyList<string> TokenizeCue(string cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var result = new List<string>();
        foreach (var token in Tokenize(cue))
        {
            var end = token.Start + token.Length;
            result.Add(end < cue.Length && cue[end] == '*' ? token.Value + "*" : token.Value);
        }

        return result;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';
}
