using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// One part of an act pattern: a list of phrases, and optionally a money amount (<c>&lt;money&gt;</c> among the phrases:
/// "$12", "25k", "20%").
/// </summary>
internal sealed class ActPart
{
    public const string Money = "<money>";

    private readonly bool _money;

    private ActPart(IReadOnlyList<string> phrases)
    {
        _money = phrases.Contains(Money);
        Phrases = phrases.Where(p => p != Money).ToArray();
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
        if (!_money || index + 1 >= end)
        {
            return 0;
        }

        var next = tokens[index + 1];
        return (token.Kind == TokenKind.Symbol && token.Value is "$" or "£" or "€" && next.Kind == TokenKind.Number)
            || (token.Kind == TokenKind.Number && next.Value is "k" or "%" or "percent" or "grand" or "m")
            ? 2
            : 0;
    }
}
