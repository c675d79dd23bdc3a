namespace SalesBot.Core.Text;

/// <summary>
/// A short phrase matched word by word against tokens. A word ending in <c>*</c> matches any word starting with it
/// (<c>discount*</c> matches "discounts", "discounted").
/// </summary>
public sealed class CuePattern
{
    private readonly string[] _words;
    private readonly bool[] _prefix;

    public CuePattern(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        Phrase = phrase;
        var parts = TextTokens.TokenizeCue(phrase);
        _words = parts.Select(p => p.TrimEnd('*')).ToArray();
        _prefix = parts.Select(p => p.EndsWith('*')).ToArray();
    }

    public string Phrase { get; }

    public int Length => _words.Length;

    public bool IsEmpty => _words.Length == 0;

    public string FirstWord => _words[0];

    public bool FirstIsPrefix => _prefix[0];

    public static CueSet Compile(IEnumerable<string> phrases) => new(phrases);

    /// <summary>True when the pattern starts at token <paramref name="index"/>.</summary>
    public bool MatchesAt(IReadOnlyList<Token> tokens, int index, int end)
    {
        if (index + _words.Length > end)
        {
            return false;
        }

        for (var k = 0; k < _words.Length; k++)
        {
            var value = tokens[index + k].Value;
            if (_prefix[k] ? !value.StartsWith(_words[k], StringComparison.Ordinal) : !string.Equals(value, _words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
