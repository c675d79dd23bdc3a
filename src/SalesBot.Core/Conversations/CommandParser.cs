using SalesBot.Core.Text;

namespace SalesBot.Core.Conversations;

/// <summary>
/// Forgiving command parsing: any case, extra words ("can you practice the pricing one please"), synonyms and small
/// typos. During a drill only short, command-shaped messages are commands; anything else is the seller's answer.
/// </summary>
public static class CommandParser
{
    private static readonly (string Phrase, CommandKind Kind)[] Vocabulary =
    [
        ("help", CommandKind.Help), ("commands", CommandKind.Help), ("menu", CommandKind.Help), ("options", CommandKind.Help),
        ("what can you do", CommandKind.Help), ("how does this work", CommandKind.Help), ("?", CommandKind.Help),
        ("hi", CommandKind.Greeting), ("hello", CommandKind.Greeting), ("hey", CommandKind.Greeting), ("hiya", CommandKind.Greeting),
        ("start", CommandKind.Greeting), ("good morning", CommandKind.Greeting), ("good afternoon", CommandKind.Greeting),
        ("practice", CommandKind.Practice), ("practise", CommandKind.Practice), ("drill", CommandKind.Practice), ("train", CommandKind.Practice),
        ("objection", CommandKind.Practice), ("objections", CommandKind.Practice),
        ("roleplay", CommandKind.RolePlay), ("role play", CommandKind.RolePlay), ("role-play", CommandKind.RolePlay), ("rp", CommandKind.RolePlay),
        ("simulate", CommandKind.RolePlay), ("simulation", CommandKind.RolePlay), ("scenario", CommandKind.RolePlay), ("scenarios", CommandKind.RolePlay),
        ("progress", CommandKind.Progress), ("my progress", CommandKind.Progress), ("stats", CommandKind.Progress), ("scores", CommandKind.Progress),
        ("proficiency", CommandKind.Progress), ("how am i doing", CommandKind.Progress), ("report", CommandKind.Progress),
        ("playbook", CommandKind.Playbook), ("playbooks", CommandKind.Playbook), ("model answers", CommandKind.Playbook), ("examples", CommandKind.Playbook),
        ("review", CommandKind.Review), ("pending", CommandKind.Review), ("approvals", CommandKind.Review), ("playbook review", CommandKind.Review),
        ("approve", CommandKind.Approve), ("reject", CommandKind.Reject), ("nominate", CommandKind.Nominate),
        ("hint", CommandKind.Hint), ("tip", CommandKind.Hint), ("clue", CommandKind.Hint),
        ("skip", CommandKind.Skip), ("next", CommandKind.Skip), ("pass", CommandKind.Skip),
        ("stop", CommandKind.Stop), ("quit", CommandKind.Stop), ("exit", CommandKind.Stop), ("end", CommandKind.Stop), ("cancel", CommandKind.Stop),
        ("restart", CommandKind.Stop), ("reset", CommandKind.Stop), ("enough", CommandKind.Stop), ("end drill", CommandKind.Stop),
        ("forget me", CommandKind.Forget), ("forget my data", CommandKind.Forget), ("delete my data", CommandKind.Forget), ("erase my data", CommandKind.Forget),

        // The manager's rhythm: teams, 1:1s with briefs, habit nudges, focus accounts, contact preferences.
        ("team", CommandKind.Team), ("my team", CommandKind.Team), ("streaks", CommandKind.Team), ("streak", CommandKind.Team),
        ("1 1", CommandKind.OneOnOne), ("1 1s", CommandKind.OneOnOne), ("1-1", CommandKind.OneOnOne), ("1on1", CommandKind.OneOnOne),
        ("1on1s", CommandKind.OneOnOne), ("one on one", CommandKind.OneOnOne), ("one-on-one", CommandKind.OneOnOne),
        ("one-on-ones", CommandKind.OneOnOne), ("oneonone", CommandKind.OneOnOne),
        ("followups", CommandKind.FollowUps), ("follow-ups", CommandKind.FollowUps), ("followup", CommandKind.FollowUps),
        ("follow-up", CommandKind.FollowUps), ("follow ups", CommandKind.FollowUps), ("follow up", CommandKind.FollowUps),
        ("nudges", CommandKind.Nudges), ("nudge", CommandKind.Nudges), ("habit", CommandKind.Nudges), ("habits", CommandKind.Nudges),
        ("focus", CommandKind.Focus), ("focus accounts", CommandKind.Focus),
        ("timezone", CommandKind.Preferences), ("time zone", CommandKind.Preferences), ("tz", CommandKind.Preferences),
        ("quiet", CommandKind.Preferences), ("quiet hours", CommandKind.Preferences), ("away", CommandKind.Preferences),
        ("ooo", CommandKind.Preferences), ("out of office", CommandKind.Preferences), ("back", CommandKind.Preferences),
        ("optout", CommandKind.Preferences), ("opt out", CommandKind.Preferences), ("opt-out", CommandKind.Preferences),
        ("mute", CommandKind.Preferences), ("optin", CommandKind.Preferences), ("opt in", CommandKind.Preferences),
        ("opt-in", CommandKind.Preferences), ("unmute", CommandKind.Preferences), ("settings", CommandKind.Preferences),
        ("preferences", CommandKind.Preferences),
    ];

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "on", "for", "me", "some", "please", "with", "my", "one", "ones", "objection", "objections", "drill", "drills",
        "again", "now", "let's", "lets", "do", "can", "you", "i", "want", "to", "would", "like", "please", "pls", "thanks", "about", "of",
        "session", "round", "category", "a", "against", "as", "play", "persona", "scenario",
    };

    /// <summary>Commands that take an argument, and the ones that only make sense on their own.</summary>
    private static readonly HashSet<CommandKind> TakesArgument =
    [
        CommandKind.Practice, CommandKind.RolePlay, CommandKind.Playbook, CommandKind.Approve, CommandKind.Reject, CommandKind.Nominate,
    ];

    /// <summary>
    /// Parses <paramref name="text"/>. Returns a <see cref="Command"/>, an <see cref="UnknownCommand"/> when the text looks
    /// like a mistyped command, or null when it is not a command (in a drill: the seller's answer).
    /// </summary>
    public static ParsedInput? Parse(string? text, bool inDrill)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return inDrill ? null : new UnknownCommand(text ?? "", null);
        }

        if (inDrill)
        {
            return ParseInDrill(words);
        }

        // Outside a drill, find the first command word among the first few words ("can you practice price").
        for (var start = 0; start < Math.Min(words.Count, 5); start++)
        {
            if (Match(words, start, typos: start == 0) is { } match)
            {
                var argument = Argument(words, start + match.Length, match.Kind);
                return new Command(match.Kind, argument);
            }
        }

        return new UnknownCommand(string.Join(' ', words), Suggest(words[0]));
    }

    /// <summary>The closest command word to <paramref name="word"/>, or null.</summary>
    public static string? Suggest(string word)
    {
        var best = Vocabulary
            .Where(v => !v.Phrase.Contains(' ', StringComparison.Ordinal) && v.Phrase.Length >= 3)
            .Select(v => (v.Phrase, Distance: Similarity.EditDistance(v.Phrase, word)))
            .Where(v => v.Distance <= Math.Max(1, Similarity.AllowedTypos(v.Phrase.Length) + 1))
            .OrderBy(v => v.Distance)
            .FirstOrDefault();
        return best.Phrase;
    }

    private static ParsedInput? ParseInDrill(List<string> words)
    {
        // In a drill, a message is a command only if it is short and starts with a command word: "stop", "practice timing",
        // "roleplay cfo". "help" and "hint" count only on their own, so "help me understand your budget" stays an answer.
        if (words.Count > 3)
        {
            return null;
        }

        if (Match(words, 0, typos: false) is { } match)
        {
            if (match.Kind is CommandKind.Help or CommandKind.Hint or CommandKind.Skip or CommandKind.Greeting or CommandKind.Review
                && words.Count != match.Length)
            {
                return null;
            }

            if (!TakesArgument.Contains(match.Kind) && words.Count != match.Length && match.Kind != CommandKind.Stop)
            {
                return null;
            }

            return new Command(match.Kind, Argument(words, match.Length, match.Kind));
        }

        // A one-word near miss of a command ("stpo") is asked about rather than scored as an answer.
        if (words.Count == 1 && words[0].Length >= 4 && Match(words, 0, typos: true) is { } typo && typo.Kind != CommandKind.Greeting)
        {
            return new UnknownCommand(words[0], Vocabulary.First(v => v.Kind == typo.Kind).Phrase);
        }

        return null;
    }

    private static (CommandKind Kind, int Length)? Match(List<string> words, int start, bool typos)
    {
        (CommandKind Kind, int Length)? best = null;
        var bestExact = false;
        foreach (var (phrase, kind) in Vocabulary)
        {
            var parts = phrase.Split(' ');
            if (start + parts.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < parts.Length && matches; k++)
            {
                var word = words[start + k];
                matches = word == parts[k]
                    || (typos && parts.Length == 1 && parts[k].Length >= 5 && Similarity.EditDistance(word, parts[k]) <= Similarity.AllowedTypos(parts[k].Length) - 1)
                    || (typos && parts.Length == 1 && parts[k].Length >= 4 && Similarity.EditDistance(word, parts[k]) <= 1 && word.Length >= 4);
            }

            // Longer phrases win; at equal length an exact match beats a typo ("quiet" is not a typo of "quit").
            var exact = matches && parts.Select((p, k) => words[start + k] == p).All(e => e);
            if (matches && (best is null || parts.Length > best.Value.Length || (parts.Length == best.Value.Length && exact && !bestExact)))
            {
                best = (kind, parts.Length);
                bestExact = exact;
            }
        }

        return best;
    }

    private static string? Argument(List<string> words, int from, CommandKind kind)
    {
        if (kind is CommandKind.Approve or CommandKind.Reject or CommandKind.Nominate)
        {
            return from < words.Count ? words[from] : null;
        }

        var rest = words.Skip(from).Where(w => !Filler.Contains(w)).ToList();
        return rest.Count == 0 ? null : string.Join(' ', rest);
    }

    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var trimmed = text.Trim();
        if (trimmed == "?")
        {
            return ["?"];
        }

        var builder = new System.Text.StringBuilder();
        foreach (var c in trimmed.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_' or '\'')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0)
            {
                words.Add(builder.ToString());
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            words.Add(builder.ToString());
        }

        // "@SalesBot practice price", "/practice price"
        return words.Where(w => w != "salesbot").Select(w => w.Trim('-', '_', '\'')).Where(w => w.Length > 0).ToList();
    }
}
