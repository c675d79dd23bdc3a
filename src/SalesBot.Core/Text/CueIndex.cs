using System.Collections.Concurrent;

namespace SalesBot.Core.Text;

/// <summary>
/// Up to 64 cue sets scanned together: one pass over an answer's tokens records, per token, which sets have a phrase
/// starting there. After that, "does this sentence contain an X cue?" is a bit test instead of a dictionary look-up per
/// token per set. The phrases that can start at a word (exact first word, or a prefix like <c>discount*</c>) are worked
/// out once per distinct word and cached, so each token costs one look-up.
/// </summary>
public sealed class CueIndex
{
    /// <summary>Distinct words whose candidates are cached; past this, candidates are worked out on the fly.</summary>
    private const int WordCacheLimit = 50_000;

    private readonly Dictionary<string, (ulong Bit, CuePattern Pattern)[]> _byFirstWord;
    private readonly (ulong Bit, CuePattern Pattern)[] _prefixed;
    private readonly ConcurrentDictionary<string, (ulong Bit, CuePattern Pattern)[]> _byWord = new(StringComparer.Ordinal);

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
        _prefixed = entries.Where(e => e.Pattern.FirstIsPrefix).ToArray();
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
                var mask = 0UL;
                foreach (var (bit, pattern) in CandidatesFor(tokens[i].Value))
                {
                    if ((mask & bit) == 0 && pattern.MatchesAt(tokens, i, sentence.EndToken))
                    {
                        mask |= bit;
                    }
                }

                masks[i] = mask;
            }
        }

        return masks;
    }

    /// <summary>The phrases whose first word matches <paramref name="word"/> exactly or as a prefix.</summary>
    private (ulong Bit, CuePattern Pattern)[] CandidatesFor(string word)
    {
        return _byWord.TryGetValue(word, out var cached) ? cached : WorkOut(word);
    }

    private (ulong Bit, CuePattern Pattern)[] WorkOut(string word)
    {
        var candidates = new List<(ulong Bit, CuePattern Pattern)>(_byFirstWord.GetValueOrDefault(word) ?? []);
        foreach (var entry in _prefixed)
        {
            if (word.StartsWith(entry.Pattern.FirstWord, StringComparison.Ordinal))
            {
                candidates.Add(entry);
            }
        }

        var result = candidates.ToArray();
        if (_byWord.Count < WordCacheLimit)
        {
            _byWord.TryAdd(word, result);
        }

        return result;
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
