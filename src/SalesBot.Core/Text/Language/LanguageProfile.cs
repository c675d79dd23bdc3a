namespace SalesBot.Core.Text.Language;

/// <summary>
/// What a language looks like in a short chat message: its most frequent short words and the letters only it (among the
/// profiles) uses. Enough to tell languages apart in a sentence or two; not a general-purpose identifier.
/// </summary>
public sealed class LanguageProfile
{
    public LanguageProfile(string code, string name, IEnumerable<string> commonWords, string markerLetters = "")
    {
        ArgumentNullException.ThrowIfNull(commonWords);
        Code = code;
        Name = name;
        CommonWords = new HashSet<string>(commonWords, StringComparer.Ordinal);
        MarkerLetters = markerLetters;
    }

    /// <summary>ISO 639-1 code ("en", "es").</summary>
    public string Code { get; }

    /// <summary>The language's name in English, for messages ("Spanish").</summary>
    public string Name { get; }

    public IReadOnlySet<string> CommonWords { get; }

    /// <summary>Letters that point to this language ("ñ¿¡" for Spanish).</summary>
    public string MarkerLetters { get; }
}
