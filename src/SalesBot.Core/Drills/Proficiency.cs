using SalesBot.Core.Scoring;

namespace SalesBot.Core.Drills;

/// <summary>
/// Proficiency bands (after Exec's scale: Excellent 90+, Proficient 75–89, Developing 50–74, Needs work &lt; 50). Proficient
/// and Excellent also need passing answers to several phrasings; a high score without them is On track, so a label never
/// says "Proficient" of a category the seller is not proficient in.
/// </summary>
public enum ProficiencyBand
{
    NotStarted,
    NeedsWork,
    Developing,
    OnTrack,
    Proficient,
    Excellent,
}

/// <summary>A seller's standing in one category right now.</summary>
public sealed record ProficiencySnapshot
{
    public required string CategoryId { get; init; }
    public required int Score { get; init; }
    public required ProficiencyBand Band { get; init; }
    public required int AttemptCount { get; init; }
    public required int PassedPhrasings { get; init; }
    public required int RequiredPhrasings { get; init; }
    public required bool IsProficient { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? LastPracticed { get; init; }

    public bool IsDue(DateTimeOffset now) => DueAt is null || DueAt <= now;
}

/// <summary>
/// Recency-weighted proficiency. Each attempt's weight halves every <see cref="AttemptHalfLife"/> newer attempts and
/// every <see cref="TimeHalfLife"/> of age. "Proficient" needs a weighted score of 75+ <em>and</em> passing answers to
/// several different phrasings, so one lucky answer never counts as mastery.
/// </summary>
public static class Proficiency
{
    public const int ProficientScore = 75;
    public const int RequiredDistinctPhrasings = 3;
    public const double AttemptHalfLife = 4;
    public static readonly TimeSpan TimeHalfLife = TimeSpan.FromDays(21);

    /// <summary>How far back distinct passing phrasings count towards proficiency.</summary>
    public const int PhrasingWindow = 12;

    public static ProficiencySnapshot Of(string categoryId, SkillProgress? progress, int phrasingCount, DateTimeOffset now)
    {
        var required = Math.Min(RequiredDistinctPhrasings, Math.Max(1, phrasingCount));
        var attempts = progress?.Attempts ?? [];
        if (attempts.Count == 0)
        {
            return new ProficiencySnapshot
            {
                CategoryId = categoryId,
                Score = 0,
                Band = ProficiencyBand.NotStarted,
                AttemptCount = 0,
                PassedPhrasings = 0,
                RequiredPhrasings = required,
                IsProficient = false,
                DueAt = progress?.DueAt,
            };
        }

        // Repeats (the same answer pasted or trivially edited) are not evidence of anything new.
        var evidence = attempts.Where(a => !a.Repeat).ToList();
        if (evidence.Count == 0)
        {
            evidence = [attempts[0]];
        }

        double weighted = 0;
        double total = 0;
        for (var i = 0; i < evidence.Count; i++)
        {
            var attempt = evidence[i];
            var newer = evidence.Count - 1 - i;
            var ageDays = Math.Max(0, (now - attempt.At).TotalDays);
            var weight = Math.Pow(0.5, newer / AttemptHalfLife) * Math.Pow(0.5, ageDays / TimeHalfLife.TotalDays);
            weighted += weight * attempt.Score;
            total += weight;
        }

        var score = (int)Math.Round(weighted / total, MidpointRounding.AwayFromZero);
        var passedPhrasings = attempts.TakeLast(PhrasingWindow).Where(a => a.Passed && !a.Repeat).Select(a => a.PhrasingId).Distinct().Count();
        var proficient = score >= ProficientScore && passedPhrasings >= required;
        return new ProficiencySnapshot
        {
            CategoryId = categoryId,
            Score = score,
            Band = proficient || score < ProficientScore ? BandOf(score) : ProficiencyBand.OnTrack,
            AttemptCount = attempts.Count,
            PassedPhrasings = passedPhrasings,
            RequiredPhrasings = required,
            IsProficient = proficient,
            DueAt = progress!.DueAt,
            LastPracticed = attempts[^1].At,
        };
    }

    /// <summary>The band a score alone earns (before the phrasings rule turns Proficient or Excellent into On track).</summary>
    public static ProficiencyBand BandOf(int score) => score switch
    {
        >= 90 => ProficiencyBand.Excellent,
        >= ProficientScore => ProficiencyBand.Proficient,
        >= 50 => ProficiencyBand.Developing,
        _ => ProficiencyBand.NeedsWork,
    };

    public static string Describe(ProficiencyBand band) => band switch
    {
        ProficiencyBand.Excellent => "Excellent",
        ProficiencyBand.Proficient => "Proficient",
        ProficiencyBand.OnTrack => "On track",
        ProficiencyBand.Developing => "Developing",
        ProficiencyBand.NeedsWork => "Needs work",
        _ => "Not started",
    };

    /// <summary>The pass mark a proficiency score is compared with, for messages.</summary>
    public static int PassMark => Rubric.PassMark;
}
