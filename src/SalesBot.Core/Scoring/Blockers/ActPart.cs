using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// One part of an act pattern: a list of phrases, or a money amount (<c>&lt;money&gt;</c>: "$12", "25k", "20%") or a number
/// (<c>&lt;number&gt;</c>), which may appear among the phrases.
/// </summary>
internal sealed class ActPart
{
    public const string Money = "<money>";
    public const string Number = "<number>";

    private readonly bool _money;
    private readonly bool _number;

    private ActPart(IReadOnlyList<string> phrases)
    {
        _money = phrases.Contains(Money);
        _number = phrases.Contains(Number);
        Phrases = phrases.Where(p => p is not Money and not Number).ToArray();
        Cues = CuePattern.Compile(Phrases);
    }

    public IReadOnlyList<string> Phrases { get; }

    public CueSet Cues { get; }

    public static ActPart Of(params string[] phrases) => new(phrases);

    public int MatchLength(IReadOnlyList<Token> tokens, int index, int end)
    {
        if (index >= end)
        {
            return 0;
        }

        var length = Cues.Count > 0 ? Cues.MatchLengthAt(tokens, index, end) : 0;
        if (length > 0)
        {
            return length;
        }

        var token = tokens[index];
        if (_money)
        {
            if (token.Kind == TokenKind.Symbol && token.Value is "$" or "£" or "€" && index + 1 < end && tokens[index + 1].Kind == TokenKind.Number)
            {
                return 2;
            }

            if (token.Kind == TokenKind.Number && index + 1 < end && tokens[index + 1].Value is "k" or "%" or "percent" or "grand" or "m")
            {
                return 2;
            }
        }

        return _number && (token.Kind == TokenKind.Number || Lexicon.NumberWords.Contains(token.Value)) ? 1 : 0;
    }
}
