using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>
/// Whether a sentence is one: real sentences carry function words (articles, pronouns, prepositions, auxiliaries) and
/// real words. A string of cue words ("ROI 3x. Payback 5 months. Business case Thursday 10am?") has none of the first; a
/// keyboard mash ("frgl", "zzkt", "mnbv") fails the second.
/// </summary>
internal static class SentenceForm
{
    /// <summary>Articles, pronouns, prepositions, auxiliaries and conjunctions: every real sentence has some.</summary>
    public static readonly CueSet FunctionWords = CuePattern.Compile(
    [
        "a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "about", "over", "under", "after",
        "before", "between", "through", "during", "without", "within", "than", "as", "like", "and", "or", "but", "so", "if", "because",
        "when", "while", "that", "this", "these", "those", "it", "its", "i", "you", "we", "they", "he", "she", "me", "us", "them",
        "him", "her", "my", "your", "our", "their", "his", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did",
        "have", "has", "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "not", "what", "how", "who",
        "which", "why", "where", "there", "here", "i'm", "i'll", "i'd", "i've", "you're", "you'll", "you'd", "you've", "we're",
        "we'll", "we'd", "we've", "they're", "they'll", "they'd", "they've", "it's", "that's", "what's", "there's", "let's", "don't",
        "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't",
        "shouldn't", "he's", "she's", "who's", "how's", "where's", "up", "out", "off", "any", "some", "all", "every", "each", "no",
        "just", "too", "very", "also", "then", "now", "yet", "still", "even", "only", "whether", "whatever", "anyone", "someone",
        "nobody", "everyone", "one", "yours", "ours", "theirs", "mine",
    ]);

    /// <summary>Words without a vowel that are real (or common chat shorthand).</summary>
    private static readonly HashSet<string> VowelFree = new(StringComparer.Ordinal)
    {
        "myth", "myths", "rhythm", "rhythms", "sync", "syncs", "lynx", "hymn", "hymns", "crypt", "glyph", "nymph", "psych", "tryst",
        "gyms", "tmrw", "mgmt", "bldg", "hrs", "yrs", "wks", "mths", "pls", "thx", "txns", "msgs", "pkgs", "hwy", "shh", "hmm", "mmm",
        "brrr", "pfft", "tsk", "nth", "dry", "fry", "try", "cry", "fly", "sky", "spy", "shy", "why", "wry",
    };

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "poiuytrewq", "lkjhgfdsa", "mnbvcxz"];

    public static (bool Fragment, bool Gibberish, int Words) Read(AnalyzedText text, Sentence sentence)
    {
        var tokens = text.Tokens;
        var words = 0;
        var function = 0;
        var made = 0;
        var letters = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                continue;
            }

            words++;
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            letters++;
            if (FunctionWords.MatchesAt(tokens, i, i + 1))
            {
                function++;
            }
            else if (IsMadeUp(token.Value, text.Text.AsSpan(token.Start, token.Length)))
            {
                made++;
            }
        }

        var gibberish = letters >= 2 && made * 4 >= letters;
        var fragment = gibberish
            || (words >= 3 && function == 0)
            || (words >= 8 && function * 10 < words)
            || (words <= 2 && !StartsLikeAQuestion(tokens, sentence));
        return (fragment, gibberish, words);
    }

    /// <summary>"Who signs?", "Why now?": two words can still be a question.</summary>
    private static bool StartsLikeAQuestion(IReadOnlyList<Token> tokens, Sentence sentence) =>
        sentence.TokenCount > 0 && tokens[sentence.FirstToken].Value is "what" or "what's" or "why" or "who" or "who's" or "how" or "how's"
            or "when" or "where" or "which" or "is" or "are" or "does" or "do" or "did" or "can" or "could" or "would" or "will";

    /// <summary>A lower-case word of four or more letters with no vowel, or a run along the alphabet or a keyboard row.</summary>
    private static bool IsMadeUp(string word, ReadOnlySpan<char> original)
    {
        if (word.Length < 4 || VowelFree.Contains(word) || IsAllUpper(original) || word.Contains('\''))
        {
            return false;
        }

        if (word.AsSpan().IndexOfAny(Vowels) < 0)
        {
            return true;
        }

        var alphabetRun = true;
        for (var i = 1; i < word.Length && alphabetRun; i++)
        {
            alphabetRun = Math.Abs(word[i] - word[i - 1]) == 1;
        }

        if (alphabetRun)
        {
            return true;
        }

        foreach (var row in KeyboardRows)
        {
            if (row.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> original)
    {
        foreach (var c in original)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
