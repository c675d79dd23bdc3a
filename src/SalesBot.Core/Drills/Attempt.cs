namespace SalesBot.Core.Drills;

/// <summary>One scored answer in a category: the raw material for proficiency.</summary>
public sealed record Attempt(DateTimeOffset At, int Score, bool Passed, string PhrasingId, string RubricVersion)
{
    /// <summary>The answer's <see cref="Text.TextFingerprint"/> (null for attempts stored before fingerprints existed).</summary>
    public ulong? Fingerprint { get; init; }

    /// <summary>
    /// The answer repeats an earlier answer in this category, pasted or trivially edited: kept in the history, but not new
    /// evidence: it moves neither the proficiency score nor the count of phrasings passed.
    /// </summary>
    public bool Repeat { get; init; }
}
