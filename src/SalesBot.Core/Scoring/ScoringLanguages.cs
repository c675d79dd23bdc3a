using SalesBot.Core.Text.Language;

namespace SalesBot.Core.Scoring;

/// <summary>
/// The languages the rubric can score (its cue lexicons and labelled sets are English today) and the honest reply for the
/// others. Scoring another language means a lexicon bundle for it, labelled answers to test it, and adding it here.
/// </summary>
public static class ScoringLanguages
{
    public static IReadOnlySet<string> Supported { get; } = new HashSet<string>(StringComparer.Ordinal) { LanguageProfiles.English.Code };

    public static bool CanScore(LanguageGuess guess)
    {
        ArgumentNullException.ThrowIfNull(guess);
        return Supported.Contains(guess.Code);
    }

    public static string Notice(LanguageGuess guess)
    {
        ArgumentNullException.ThrowIfNull(guess);
        return $"I can only score English answers for now, and this one reads as {guess.Name}. Answer again in English and I'll score it; this one doesn't count as an attempt.";
    }
}
