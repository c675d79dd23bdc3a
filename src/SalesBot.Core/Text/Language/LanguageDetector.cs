namespace SalesBot.Core.Text.Language;

/// <summary>
/// Guesses the language of a chat message from its common short words and marker letters, with no external service.
/// English wins ties and short or unclear texts (a greeting like "Hej Rosa" in an English answer stays English): another
/// language is reported only when it has clearly more support than English.
/// </summary>
public sealed class LanguageDetector(IReadOnlyList<LanguageProfile> profiles)
{
    /// <summary>Words of another language needed (at least) before the text is reported as not English.</summary>
    private const int MinimumEvidence = 3;

    public static LanguageDetector Default { get; } = new(LanguageProfiles.All);

    public LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text, TextTokens.Tokenize(text));
    }

    /// <summary>As <see cref="Detect(string)"/>, from the text's tokens (lower-cased words) when they are already at hand.</summary>
    public LanguageGuess Detect(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var english = profiles.FirstOrDefault(p => p.Code == LanguageProfiles.English.Code) ?? LanguageProfiles.English;
        var englishScore = 0;
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word)
            {
                words++;
                englishScore += english.CommonWords.Contains(token.Value) ? 2 : 0;
            }
        }

        // Fast path: a third of the words are common English words; no other profile gets near that in English text.
        if (englishScore * 3 >= words * 2)
        {
            return new LanguageGuess(english.Code, english.Name, englishScore / 2);
        }

        Span<int> scores = stackalloc int[profiles.Count];
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.Value;
            for (var p = 0; p < profiles.Count; p++)
            {
                if (!ReferenceEquals(profiles[p], english) && profiles[p].CommonWords.Contains(word))
                {
                    scores[p] += 2;
                }
            }
        }

        foreach (var c in text)
        {
            if (c < 128)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            for (var p = 0; p < profiles.Count; p++)
            {
                if (profiles[p].MarkerLetters.Contains(lower, StringComparison.Ordinal))
                {
                    scores[p]++;
                }
            }
        }

        var best = -1;
        for (var p = 0; p < profiles.Count; p++)
        {
            if (!ReferenceEquals(profiles[p], english) && (best < 0 || scores[p] > scores[best]))
            {
                best = p;
            }
        }

        // Another language must beat English clearly: 1.5x its support and a few words of its own.
        return best >= 0 && scores[best] >= 2 * MinimumEvidence && scores[best] * 2 > englishScore * 3
            ? new LanguageGuess(profiles[best].Code, profiles[best].Name, scores[best] / 2)
            : new LanguageGuess(english.Code, english.Name, englishScore / 2);
    }
}
