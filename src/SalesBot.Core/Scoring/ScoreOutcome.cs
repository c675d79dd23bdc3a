namespace SalesBot.Core.Scoring;

/// <summary>Whether an answer could be scored at all.</summary>
public enum ScoreOutcome
{
    /// <summary>Scored against the rubric.</summary>
    Scored,

    /// <summary>Written in a language the rubric can't read yet: no score, an honest notice instead.</summary>
    UnsupportedLanguage,
}
