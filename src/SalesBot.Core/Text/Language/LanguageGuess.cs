namespace SalesBot.Core.Text.Language;

/// <summary>The language a text most likely is, with how many of its words supported the guess.</summary>
public sealed record LanguageGuess(string Code, string Name, int Evidence)
{
    public bool IsEnglish => Code == LanguageProfiles.English.Code;
}
