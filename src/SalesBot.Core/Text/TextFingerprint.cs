namespace SalesBot.Core.Text;

/// <summary>
/// A 64-bit SimHash of an answer's content words and adjacent content-word pairs (function words left out): two answers
/// that differ by a few words (a day changed, "Okay." in front, "please" added) land a few bits apart; different answers
/// land far apart (on the labelled answer sets, no two different answers to one category within 12 bits of 22,128
/// pairs; the edits above within 8). Stored with each attempt (8 bytes), so a pasted or trivially edited answer is
/// recognised as a repeat without keeping the seller's text.
/// </summary>
public static class TextFingerprint
{
    /// <summary>At most this many differing bits and two answers count as the same answer.</summary>
    public const int RepeatDistance = 10;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>Words that say nothing about what an answer does; pairs skip over them too.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "is", "are", "was", "were", "be",
        "been", "it", "its", "it's", "that", "this", "i", "i'm", "i'd", "i'll", "we", "we're", "we'd", "we'll", "you",
        "you're", "your", "our", "us", "me", "my", "so", "if", "as", "do", "does", "can", "could", "would", "will", "what",
        "how", "when", "who", "which", "there", "they", "them", "their", "than", "then", "not", "no", "have", "has", "had",
        "just", "from", "by", "about", "up", "out", "into", "any", "all",
    };

    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> weights = stackalloc int[64];
        var lower = text.ToLowerInvariant().Replace('\u2019', '\'');
        ulong previous = 0;
        var hasPrevious = false;
        var features = 0;
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var c = i < lower.Length ? lower[i] : ' ';
            var inWord = char.IsLetterOrDigit(c) || (c == '\'' && start >= 0);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = lower.AsSpan(start, i - start).TrimEnd('\'');
                start = -1;
                if (FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    continue;
                }

                var hash = Hash(word);
                Add(weights, Mix(hash));
                if (hasPrevious)
                {
                    Add(weights, Mix((previous * FnvPrime) ^ hash));
                }

                previous = hash;
                hasPrevious = true;
                features++;
            }
        }

        if (features == 0)
        {
            return 0;
        }

        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint;
    }

    /// <summary>How many bits two fingerprints differ in (0 = same words).</summary>
    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>Whether two fingerprints are of the same answer, give or take a few words.</summary>
    public static bool SameAnswer(ulong a, ulong b) => Distance(a, b) <= RepeatDistance;

    private static void Add(Span<int> weights, ulong hash)
    {
        for (var bit = 0; bit < 64; bit++)
        {
            weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
        }
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            hash ^= c;
            hash *= FnvPrime;
        }

        return hash;
    }

    /// <summary>FNV's low bits mix poorly for short words; a final avalanche (splitmix64) spreads them over all 64 bits.</summary>
    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EB;
        return hash ^ (hash >> 31);
    }
}
