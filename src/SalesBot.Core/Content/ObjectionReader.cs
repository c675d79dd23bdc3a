namespace SalesBot.Core.Content;

/// <summary>Reads <c>objections.yaml</c>: the objection taxonomy.</summary>
internal static class ObjectionReader
{
    /// <summary>The categories, or null when the file is not readable YAML.</summary>
    public static IReadOnlyList<ObjectionCategory>? Read(ContentSource source, IReadOnlySet<string>? personaIds, List<ContentError> errors)
    {
        var root = YamlMap.Root(source.Name, source.Text, errors);
        if (root is null)
        {
            return null;
        }

        var categories = new List<ObjectionCategory>();
        var phrasingIds = new HashSet<string>(StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var map in root.Maps("categories", 1))
        {
            var category = ReadCategory(map, personaIds, phrasingIds, words, errors);
            if (category is not null)
            {
                if (categories.Any(c => c.Id == category.Id))
                {
                    map.Error("id", $"category id '{category.Id}' is defined twice");
                }
                else
                {
                    categories.Add(category);
                }
            }
        }

        root.RejectUnknownKeys();

        foreach (var required in ContentLoader.RequiredCategoryIds.Where(id => categories.All(c => c.Id != id)))
        {
            errors.Add(new ContentError(source.Name, root.LineOf("categories"), "categories", $"the taxonomy must define the category '{required}'"));
        }

        return categories;
    }

    private static ObjectionCategory? ReadCategory(
        YamlMap map,
        IReadOnlySet<string>? personaIds,
        HashSet<string> phrasingIds,
        Dictionary<string, string> words,
        List<ContentError> errors)
    {
        var before = errors.Count;
        var id = map.Id("id");
        var name = map.String("name");
        var summary = map.String("summary");
        var synonyms = map.Strings("synonyms", 1).Select(s => s.ToLowerInvariant()).ToList();
        var personas = map.Strings("personas", 1);
        foreach (var persona in personas.Where(p => personaIds is not null && !personaIds.Contains(p)))
        {
            map.Error("personas", $"unknown persona '{persona}' (not in {ContentLoader.PersonasFile})");
        }

        var concernTerms = map.Strings("concernTerms", 3);
        var method = ReadMethod(map.Map("method"));
        var blockers = map.Maps("blockers", 0, required: false).Select(ReadBlocker).ToList();
        var betterLines = ReadBetterLines(map.Map("betterLines"));
        var pushbacks = map.Strings("pushbacks", 1);

        var phrasings = new List<Phrasing>();
        foreach (var phrasingMap in map.Maps("phrasings", 3))
        {
            var phrasingId = phrasingMap.Id("id");
            var difficulty = phrasingMap.Enum<Difficulty>("difficulty");
            var text = phrasingMap.String("text");
            phrasingMap.RejectUnknownKeys();
            if (phrasingId is null || difficulty is null || text is null)
            {
                continue;
            }

            if (!phrasingIds.Add(phrasingId))
            {
                phrasingMap.Error("id", $"phrasing id '{phrasingId}' is used more than once");
                continue;
            }

            phrasings.Add(new Phrasing(phrasingId, id ?? "", difficulty.Value, text));
        }

        map.RejectUnknownKeys();

        if (id is not null)
        {
            foreach (var word in synonyms.Prepend(id))
            {
                if (words.TryGetValue(word, out var owner) && owner != id)
                {
                    map.Error("synonyms", $"'{word}' already names the category '{owner}'");
                }

                words[word] = id;
            }
        }

        if (errors.Count > before || id is null || name is null || summary is null || method is null || betterLines is null)
        {
            return null;
        }

        return new ObjectionCategory
        {
            Id = id,
            Name = name,
            Summary = summary,
            Synonyms = synonyms,
            PersonaIds = personas,
            ConcernTerms = new CueList(concernTerms),
            Method = method,
            Blockers = blockers.OfType<Blocker>().ToList(),
            BetterLines = betterLines,
            Pushbacks = pushbacks,
            Phrasings = phrasings.Select(p => p with { CategoryId = id }).ToList(),
        };
    }

    private static MethodCriterion? ReadMethod(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var name = map.String("name");
        var description = map.String("description");
        var cues = map.Strings("cues", 3);
        var betterLine = map.String("betterLine");
        map.RejectUnknownKeys();
        return name is null || description is null || betterLine is null ? null : new MethodCriterion(name, description, new CueList(cues), betterLine);
    }

    private static readonly string[] CriterionIds = ["acknowledge", "explore", "value", "method", "tailor", "control", "concise"];

    private static Blocker? ReadBlocker(YamlMap map)
    {
        var id = map.Id("id");
        var description = map.String("description");
        var cues = map.Strings("cues", 1);
        var betterLine = map.String("betterLine");
        var unless = map.Strings("unless", 0, required: false);
        var act = map.String("act", required: false);
        if (act is not null && !Blocker.KnownActs.Contains(act))
        {
            map.Error("act", $"unknown act '{act}' (expected one of {string.Join(", ", Blocker.KnownActs)})");
        }

        foreach (var criterion in unless.Where(u => !CriterionIds.Contains(u)))
        {
            map.Error("unless", $"unknown rubric criterion '{criterion}' (expected one of {string.Join(", ", CriterionIds)})");
        }

        map.RejectUnknownKeys();
        return id is null || description is null || betterLine is null
            ? null
            : new Blocker(id, description, new CueList(cues), betterLine) { Unless = unless, Act = act };
    }

    private static BetterLines? ReadBetterLines(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var acknowledge = map.String("acknowledge");
        var explore = map.String("explore");
        var value = map.String("value");
        var control = map.String("control");
        map.RejectUnknownKeys();
        return acknowledge is null || explore is null || value is null || control is null
            ? null
            : new BetterLines(acknowledge, explore, value, control);
    }
}
