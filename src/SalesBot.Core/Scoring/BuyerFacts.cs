using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring;

/// <summary>What the buyer said and is: the salient words a specific acknowledgement or a tailored answer refers to.</summary>
internal sealed class BuyerFacts
{
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "tool", "tools", "software", "platform", "product", "products", "solution", "solutions", "vendor", "vendors", "price", "pricing",
        "cost", "costs", "budget", "using", "value", "thing", "stuff", "really", "honestly", "anything", "something", "right", "sell",
        "selling", "sales", "buy", "buying", "deal", "contract", "another", "other", "these", "those", "there", "their", "about",
        "would", "could", "should", "doesn't", "isn't", "don't", "can't", "won't", "you're", "we're", "they're", "it's", "that's",
        "what's", "i've", "we've", "expensive", "cheaper", "interested", "explain", "tell", "send", "information", "info", "email",
        "busy", "currently", "happy", "fine", "good", "great", "same", "different", "else", "much", "more", "less", "also",
    };

    private readonly HashSet<string> _salientStems;
    private readonly HashSet<string> _objectionStems;
    private readonly HashSet<string> _objectionNumbers;
    private readonly CueSet _contextTerms;
    private readonly HashSet<(string, string, string)> _echoes;

    private BuyerFacts(HashSet<string> salientStems, HashSet<string> objectionStems, HashSet<string> objectionNumbers, CueSet contextTerms, HashSet<string> numbers, string[] examples, HashSet<(string, string, string)> echoes)
    {
        Names = [];
        CapitalWords = [];
        _echoes = echoes;
        _salientStems = salientStems;
        _objectionStems = objectionStems;
        _objectionNumbers = objectionNumbers;
        _contextTerms = contextTerms;
        Numbers = numbers;
        Examples = examples;
    }

    public HashSet<string> Numbers { get; }

    /// <summary>Names in the buyer's line and context (lower-cased): competitors, tools, people, companies.</summary>
    public HashSet<string> Names { get; private init; }

    /// <summary>Words the buyer's side writes in capitals (SKO, BRCGS): not shouting when the seller repeats them.</summary>
    public HashSet<string> CapitalWords { get; private init; }

    public bool WritesInCapitals(string word) => CapitalWords.Contains(word);

    /// <summary>A few buyer facts, used to suggest a tailored line.</summary>
    public string[] Examples { get; }

    /// <summary>The buyer's first statement said back from the seller's side ("you just don't have budget for this right now"), or null.</summary>
    public string? Echo { get; private init; }

    private const int CacheLimit = 2048;

    // Buyer lines and persona contexts come from content, so the same few hundred combinations repeat across turns.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Line, string? Context, string? Category, string Terms), BuyerFacts> Cache = new();

    public static BuyerFacts From(ScoringContext context, CompiledCategory? category)
    {
        var key = (context.BuyerLine, context.BuyerContext, category?.Source.Id, string.Join('\u001F', context.ContextTerms));
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        return Cache[key] = Build(context, category);
    }

    private static BuyerFacts Build(ScoringContext context, CompiledCategory? category)
    {
        var (objectionStems, objectionNumbers) = Salient(context.BuyerLine, category);
        var (contextStems, contextNumbers) = Salient(context.BuyerContext ?? "", category);
        var numbers = new HashSet<string>(objectionNumbers, StringComparer.Ordinal);
        numbers.UnionWith(contextNumbers);
        var examples = context.ContextTerms.Take(3).ToArray();
        return new BuyerFacts(
            new HashSet<string>(objectionStems.Union(contextStems), StringComparer.Ordinal),
            objectionStems,
            objectionNumbers,
            CuePattern.Compile(context.ContextTerms),
            numbers,
            examples,
            Trigrams(context.BuyerLine))
        {
            Echo = EchoOf(context.BuyerLine),
            Names = NamesIn(OwnNames(context.BuyerContext ?? ""), context.BuyerLine, context.BuyerContext ?? ""),
            CapitalWords = CapitalsIn(context.BuyerLine + " " + context.BuyerContext),
        };
    }

    /// <summary>The buyer's own name and company ("Dana Whitfield, CFO at Northwind Logistics (…)"): not competitors.</summary>
    private static HashSet<string> OwnNames(string context)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        var comma = context.IndexOfAny([',', '.', '(']);
        var person = comma > 0 ? context[..comma] : "";
        var at = context.IndexOf(" at ", StringComparison.Ordinal);
        var companyEnd = at < 0 ? -1 : context.IndexOfAny([',', '(', ';', '.'], at + 4);
        var company = at < 0 ? "" : companyEnd < 0 ? context[(at + 4)..] : context[(at + 4)..companyEnd];
        foreach (var token in TextTokens.Tokenize(person + " " + company))
        {
            own.Add(token.Value);
        }

        return own;
    }

    private static HashSet<string> NamesIn(HashSet<string> own, params string[] sources)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var token in TextTokens.Tokenize(source))
            {
                var word = token.Value.EndsWith("'s", StringComparison.Ordinal) ? token.Value[..^2] : token.Value;
                if (token.Kind == TokenKind.Word && word.Length >= 3 && char.IsUpper(source[token.Start]) && !Lexicon.StopWords.Contains(word)
                    && !Generic.Contains(word) && !NotNames.Contains(word) && !own.Contains(word))
                {
                    names.Add(word);
                }
            }
        }

        return names;
    }

    private static HashSet<string> CapitalsIn(string source)
    {
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextTokens.Tokenize(source))
        {
            if (token.Kind == TokenKind.Word && token.Length >= 2 && source.AsSpan(token.Start, token.Length).ToString().All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                capitals.Add(token.Value);
            }
        }

        return capitals;
    }

    /// <summary>Capitalised words in a buyer's context that are not names.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "head", "director", "manager", "officer", "chief",
        "president", "lead", "owner", "founder", "vice", "operations", "sales", "finance", "procurement", "purchasing", "marketing",
        "support", "customer", "facilities", "maintenance", "planning", "compliance", "revenue", "fundraising", "clinic", "plant",
        "warehouse", "office", "controller", "dr", "mr", "mrs", "ms", "the", "our", "we", "you", "they", "it", "and", "but",
    };

    /// <summary>
    /// Says the buyer's first sentence back from the seller's side, when that reads naturally: a statement (not a question)
    /// about the buyer, without "you" (which would have to flip to "I"), short enough for a chat line.
    /// </summary>
    private static string? EchoOf(string line)
    {
        var sentences = AnalyzedText.Analyze(line).Sentences;
        var first = sentences.Count > 0 ? sentences[0] : null;
        if (first is null || first.EndsWithQuestionMark || first.Text.Length > 90)
        {
            return null;
        }

        var words = first.Text.TrimEnd('.', '!', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => w.StartsWith("you", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var swapped = words.Select(w =>
        {
            var core = w.TrimEnd(',', ';', ':');
            var tail = w[core.Length..];
            var lower = core.Replace('\u2019', '\'').ToLowerInvariant();
            return Perspective.TryGetValue(lower, out var other) ? other + tail : (core == "I" ? "you" : core) + tail;
        }).ToArray();
        if (swapped.SequenceEqual(words))
        {
            return null; // nothing about the buyer to say back
        }

        var echo = string.Join(' ', swapped);
        return char.ToLowerInvariant(echo[0]) + echo[1..];
    }

    private static readonly Dictionary<string, string> Perspective = new(StringComparer.Ordinal)
    {
        ["we"] = "you", ["our"] = "your", ["us"] = "you", ["i"] = "you", ["my"] = "your", ["me"] = "you", ["i'm"] = "you're",
        ["we're"] = "you're", ["we've"] = "you've", ["i've"] = "you've", ["ours"] = "yours", ["mine"] = "yours", ["i'd"] = "you'd",
        ["we'd"] = "you'd", ["i'll"] = "you'll", ["we'll"] = "you'll", ["myself"] = "yourself", ["ourselves"] = "yourselves", ["am"] = "are",
    };

    /// <summary>Word triples of the buyer's line, seen from the seller's side, that carry at least one content word.</summary>
    private static HashSet<(string, string, string)> Trigrams(string line)
    {
        var words = TextTokens.Tokenize(line).Select(t => Perspective.GetValueOrDefault(t.Value, t.Value)).ToArray();
        var result = new HashSet<(string, string, string)>();
        for (var i = 0; i + 2 < words.Length; i++)
        {
            var triple = words[i..(i + 3)];
            if (triple.Any(w => !Lexicon.StopWords.Contains(w)) || triple.Count(w => w.Length >= 4) >= 2)
            {
                result.Add((words[i], words[i + 1], words[i + 2]));
            }
        }

        return result;
    }

    private static (HashSet<string> Stems, HashSet<string> Numbers) Salient(string source, CompiledCategory? category)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var tokens = TextTokens.Tokenize(source);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number || Lexicon.NumberWords.Contains(token.Value))
            {
                numbers.Add(token.Value);
                continue;
            }

            if (token.Kind != TokenKind.Word || Lexicon.StopWords.Contains(token.Value) || Generic.Contains(token.Value))
            {
                continue;
            }

            var acronym = token.Length >= 2 && source.AsSpan(token.Start, token.Length).ToString().All(char.IsUpper);
            if (token.Value.Length < 4 && !acronym)
            {
                continue;
            }

            if (category is not null && category.MentionsConcern(tokens, i, i + 1))
            {
                continue;
            }

            stems.Add(Stem(token.Value));
        }

        return (stems, numbers);
    }

    /// <summary>
    /// Does the range say back three words in a row of what the buyer said, seen from the seller's side
    /// ("it does what we need" → "it does what you need")?
    /// </summary>
    public bool EchoesObjection(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i + 2 < to; i++)
        {
            if (_echoes.Contains((tokens[i].Value, tokens[i + 1].Value, tokens[i + 2].Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Does this token range refer to what the buyer just said (their words, their numbers)?</summary>
    public bool RefersToObjection(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number ? _objectionNumbers.Contains(token.Value) : _objectionStems.Contains(Stem(token.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Is this word part of what the buyer said or is (their company, their tools)?</summary>
    public bool Mentions(string word) => _salientStems.Contains(Stem(word));

    /// <summary>Does this token range refer to something the buyer said or is?</summary>
    public bool IsSpecific(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if ((token.Kind == TokenKind.Number && Numbers.Contains(token.Value))
                || (token.Kind == TokenKind.Word && token.Value.Length >= 2 && _salientStems.Contains(Stem(token.Value))))
            {
                return true;
            }
        }

        return _contextTerms.Count > 0 && _contextTerms.AnyIn(tokens, from, to);
    }

    /// <summary>Adds the buyer facts referred to in the token range to <paramref name="found"/>.</summary>
    public void CollectMatches(IReadOnlyList<Token> tokens, int from, int to, HashSet<string> found)
    {
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number && Numbers.Contains(token.Value))
            {
                found.Add("#" + token.Value);
            }
            else if (token.Kind == TokenKind.Word && token.Value.Length >= 2)
            {
                var stem = Stem(token.Value);
                if (_salientStems.Contains(stem))
                {
                    found.Add(stem);
                }
            }
        }

        foreach (var (term, _) in _contextTerms.Matches(tokens, from, to))
        {
            found.Add("=" + term.Phrase);
        }
    }

    private static string Stem(string word)
    {
        var w = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        if (w.Length > 5 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return w[..^3];
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }
}
