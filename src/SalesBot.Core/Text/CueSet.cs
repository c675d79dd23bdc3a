using System.Collections;

namespace SalesBot.Core.Text;

/// <summary>
/// A compiled list of cue phrases indexed by first word, so matching at a token costs one dictionary look-up instead of
/// a scan over every phrase. Phrases whose first word is a prefix (<c>discount*</c>) are checked separately.
/// </summary>
public sealed class CueSet : IReadOnlyList<CuePattern>
{
    internal const int PrefixKey = 2;

    private CueIndex? _index;
    private ulong _bit;

    private readonly CuePattern[] _all;
    private readonly Dictionary<string, CuePattern[]> _byFirstWord;
    private readonly Dictionary<string, CuePattern[]> _prefixFirst;
    private readonly Dictionary<string, CuePattern[]>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly CuePattern[] _shortPrefixFirst;

    public CueSet(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _all = phrases.Select(p => new CuePattern(p)).Where(p => !p.IsEmpty).ToArray();
        _byFirstWord = _all.Where(p => !p.FirstIsPrefix)
            .GroupBy(p => p.FirstWord, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
        _prefixFirst = _all.Where(p => p.FirstIsPrefix && p.FirstWord.Length >= PrefixKey)
            .GroupBy(p => p.FirstWord[..PrefixKey], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
        _prefixLookup = _prefixFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortPrefixFirst = _all.Where(p => p.FirstIsPrefix && p.FirstWord.Length < PrefixKey).ToArray();
    }

    public int Count => _all.Length;

    /// <summary>Joins a <see cref="CueIndex"/>; a set belongs to at most one index.</summary>
    internal void Attach(CueIndex index, ulong bit)
    {
        if (_index is not null && !ReferenceEquals(_index, index))
        {
            throw new InvalidOperationException("A cue set belongs to one index.");
        }

        _index = index;
        _bit = bit;
    }

    public CuePattern this[int index] => _all[index];

    /// <summary>The length in tokens of the longest phrase matching at <paramref name="index"/>, or 0.</summary>
    public int MatchLengthAt(IReadOnlyList<Token> tokens, int index, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (index >= end)
        {
            return 0;
        }

        var word = tokens[index].Value;
        var longest = 0;
        if (_byFirstWord.TryGetValue(word, out var exact))
        {
            longest = Longest(exact, tokens, index, end, longest);
        }

        if (word.Length >= PrefixKey && _prefixLookup.TryGetValue(word.AsSpan(0, PrefixKey), out var prefixed))
        {
            longest = Longest(prefixed, tokens, index, end, longest);
        }

        return _shortPrefixFirst.Length == 0 ? longest : Longest(_shortPrefixFirst, tokens, index, end, longest);
    }

    /// <summary>Every (phrase, start) match in [from, to).</summary>
    public IEnumerable<(CuePattern Pattern, int Index)> Matches(IReadOnlyList<Token> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        List<(CuePattern, int)>? found = null;
        for (var i = from; i < to; i++)
        {
            var word = tokens[i].Value;
            if (_byFirstWord.TryGetValue(word, out var exact))
            {
                Add(exact, tokens, i, to, ref found);
            }

            if (word.Length >= PrefixKey && _prefixLookup.TryGetValue(word.AsSpan(0, PrefixKey), out var prefixed))
            {
                Add(prefixed, tokens, i, to, ref found);
            }

            if (_shortPrefixFirst.Length > 0)
            {
                Add(_shortPrefixFirst, tokens, i, to, ref found);
            }
        }

        return found ?? (IEnumerable<(CuePattern, int)>)[];
    }

    private static void Add(CuePattern[] candidates, IReadOnlyList<Token> tokens, int index, int end, ref List<(CuePattern, int)>? found)
    {
        foreach (var pattern in candidates)
        {
            if (pattern.MatchesAt(tokens, index, end))
            {
                (found ??= []).Add((pattern, index));
            }
        }
    }

    private static int Longest(CuePattern[] candidates, IReadOnlyList<Token> tokens, int index, int end, int longest)
    {
        foreach (var pattern in candidates)
        {
            if (pattern.Length > longest && pattern.MatchesAt(tokens, index, end))
            {
                longest = pattern.Length;
            }
        }

        return longest;
    }

    public bool MatchesAt(IReadOnlyList<Token> tokens, int index, int end)
    {
        if (_index is not null && tokens is ScannedTokens scanned && ReferenceEquals(scanned.Index, _index))
        {
            return index < end && scanned.At(_bit, index);
        }

        return MatchLengthAt(tokens, index, end) > 0;
    }

    /// <summary>True when any phrase starts in [from, to) (and, without a scan, ends by <paramref name="to"/>).</summary>
    public bool AnyIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (_index is not null && tokens is ScannedTokens scanned && ReferenceEquals(scanned.Index, _index))
        {
            return scanned.Any(_bit, from, to);
        }

        for (var i = from; i < to; i++)
        {
            if (MatchLengthAt(tokens, i, to) > 0)
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerator<CuePattern> GetEnumerator() => ((IEnumerable<CuePattern>)_all).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _all.GetEnumerator();
}
