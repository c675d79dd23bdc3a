namespace SalesBot.Core.Text;

/// <summary>
/// Up to 64 cue sets scanned together: one pass over an answer's tokens records, per token, which sets have a phrase
/// starting there. After that, "does this sentence contain an X cue?" is a bit test instead of a dictionary look-up per
/// token per set.
/// </summary>
public sealed class CueIndex
{
    private readonly Dictionary<string, (ulong Bit, CuePattern Pattern)[]> _byFirstWord;
    private readonly Dictionary<string, (ulong Bit, CuePattern Pattern)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;
    private readonly Dictionary<string, (ulong Bit, CuePattern Pattern)[]> _byPrefix;
    private readonly Dictionary<string, (ulong Bit, CuePattern Pattern)[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefixSpan;

    public CueIndex(IReadOnlyList<CueSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sets.Count, 64);
        var entries = new List<(ulong Bit, CuePattern Pattern)>();
        for (var i = 0; i < sets.Count; i++)
        {
            sets[i].Attach(this, 1UL << i);
            entries.AddRange(sets[i].Select(p => (1UL << i, p)));
        }

        _byFirstWord = entries.Where(e => !e.Pattern.FirstIsPrefix)
            .GroupBy(e => e.Pattern.FirstWord, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byPrefix = entries.Where(e => e.Pattern.FirstIsPrefix)
            .GroupBy(e => e.Pattern.FirstWord[..Math.Min(CueSet.PrefixKey, e.Pattern.FirstWord.Length)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _byPrefixSpan = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Per token, the bits of the sets with a phrase starting at that token and ending within its sentence.</summary>
    public ulong[] Scan(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var masks = new ulong[tokens.Count];
        foreach (var sentence in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var word = tokens[i].Value;
                var mask = 0UL;
                if (_byFirstWordSpan.TryGetValue(word.AsSpan(), out var exact))
                {
                    mask = Collect(exact, tokens, i, sentence.EndToken, mask);
                }

                for (var length = 1; length <= Math.Min(CueSet.PrefixKey, word.Length); length++)
                {
                    if (_byPrefixSpan.TryGetValue(word.AsSpan(0, length), out var prefixed))
                    {
                        mask = Collect(prefixed, tokens, i, sentence.EndToken, mask);
                    }
                }

                masks[i] = mask;
            }
        }

        return masks;
    }

    private static ulong Collect((ulong Bit, CuePattern Pattern)[] candidates, IReadOnlyList<Token> tokens, int index, int end, ulong mask)
    {
        foreach (var (bit, pattern) in candidates)
        {
            if ((mask & bit) == 0 && pattern.MatchesAt(tokens, index, end))
            {
                mask |= bit;
            }
        }

        return mask;
    }
}

/// <summary>Tokens with the per-token cue bits of a <see cref="CueIndex"/> scan; <see cref="CueSet"/> uses them when it can.</summary>
public sealed class ScannedTokens(IReadOnlyList<Token> tokens, CueIndex index, ulong[] masks) : IReadOnlyList<Token>
{
    public CueIndex Index => index;

    public int Count => tokens.Count;

    public Token this[int i] => tokens[i];

    public bool Any(ulong bit, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if ((masks[i] & bit) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool At(ulong bit, int i) => i < masks.Length && (masks[i] & bit) != 0;

    public IEnumerator<Token> GetEnumerator() => tokens.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => tokens.GetEnumerator();
}
