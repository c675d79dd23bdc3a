namespace SalesBot.Core.Drills;

/// <summary>A seller's history in one objection category, with the spaced-repetition schedule.</summary>
public sealed record SkillProgress
{
    /// <summary>How many attempts are kept per category (the oldest drop off; recency weighting makes them negligible anyway).</summary>
    public const int MaxAttempts = 30;

    public IReadOnlyList<Attempt> Attempts { get; init; } = [];

    /// <summary>When this category is next due for practice.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Consecutive passing answers (drives the spacing interval).</summary>
    public int PassStreak { get; init; }

    public SkillProgress Record(Attempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (IsRepeat(attempt))
        {
            attempt = attempt with { Repeat = true };
        }

        var attempts = Attempts.Append(attempt).TakeLast(MaxAttempts).ToList();

        // A repeat is not new evidence: it neither extends the spacing streak nor resets it.
        var streak = attempt.Repeat ? PassStreak : attempt.Passed ? PassStreak + 1 : 0;
        return new SkillProgress
        {
            Attempts = attempts,
            PassStreak = streak,
            DueAt = attempt.At + SpacedRepetition.IntervalAfter(streak),
        };
    }

    /// <summary>Whether the answer is one already given in this category (the same words, give or take a few).</summary>
    public bool IsRepeat(Attempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt.Fingerprint is { } fingerprint
            && Attempts.Any(a => a.Fingerprint is { } earlier && Text.TextFingerprint.SameAnswer(earlier, fingerprint));
    }
}
