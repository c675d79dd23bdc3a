using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// One way an act shows in text: parts that appear in order in one sentence, each at most <see cref="MaxGap"/> words after
/// the previous one ("our number" … "lands" … "where theirs does"). The first part must be phrases (it is what the
/// one-pass cue scan looks for).
/// </summary>
internal sealed class ActPattern
{
    private readonly ActPart[] _parts;

    public ActPattern(params ActPart[] parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Length);
        _parts = parts;
    }

    /// <summary>A pattern of one part: any of these phrases.</summary>
    public static ActPattern Phrases(params string[] phrases) => new(ActPart.Of(phrases));

    public ActPart First => _parts[0];

    /// <summary>Words allowed between two parts.</summary>
    public int MaxGap { get; init; } = 3;

    /// <summary>Whether a question can carry the act ("Can I knock 20% off?" can; "What don't you like about them?" can't bash).</summary>
    public bool InQuestions { get; init; } = true;

    /// <summary>The pattern already contains its own negation ("price won't be what separates us"): don't treat it as negated.</summary>
    public bool IgnoresNegation { get; init; }

    /// <summary>A negation between the parts belongs to the act ("fraud won't happen again"); one before it still cancels it.</summary>
    public bool NegationInside { get; init; }

    /// <summary>Only at the start of a sentence or clause ("Between us, …").</summary>
    public bool AtClauseStart { get; init; }

    /// <summary>Only when the answer talks about price (the category is price or competitor, or the sentence names a price).</summary>
    public bool NeedsPriceTalk { get; init; }

    /// <summary>The token after the match, or -1 when the pattern doesn't start at <paramref name="start"/>.</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start, int end)
    {
        var length = _parts[0].MatchLength(tokens, start, end);
        if (length == 0)
        {
            return -1;
        }

        var position = start + length;
        for (var k = 1; k < _parts.Length; k++)
        {
            var found = false;
            for (var j = position; j <= Math.Min(position + MaxGap, end - 1) && !found; j++)
            {
                var part = _parts[k].MatchLength(tokens, j, end);
                if (part > 0)
                {
                    position = j + part;
                    found = true;
                }
                else if (!IgnoresNegation && !NegationInside && Lexicon.Negators.MatchesAt(tokens, j, end))
                {
                    return -1; // "a year isn't free": negated between the parts
                }
            }

            if (!found)
            {
                return -1;
            }
        }

        return position;
    }
}
