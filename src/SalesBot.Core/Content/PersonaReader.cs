namespace SalesBot.Core.Content;

/// <summary>Reads <c>personas.yaml</c>: the buyers the bot plays.</summary>
internal static class PersonaReader
{
    /// <summary>The personas, or null when the file is not readable YAML.</summary>
    public static IReadOnlyList<Persona>? Read(ContentSource source, List<ContentError> errors)
    {
        var root = YamlMap.Root(source.Name, source.Text, errors);
        if (root is null)
        {
            return null;
        }

        var personas = new List<Persona>();
        foreach (var map in root.Maps("personas", 1))
        {
            var persona = ReadPersona(map, errors);
            if (persona is null)
            {
                continue;
            }

            if (personas.Any(p => p.Id == persona.Id))
            {
                map.Error("id", $"persona id '{persona.Id}' is defined twice");
                continue;
            }

            personas.Add(persona);
        }

        root.RejectUnknownKeys();
        return personas;
    }

    private static Persona? ReadPersona(YamlMap map, List<ContentError> errors)
    {
        var before = errors.Count;
        var id = map.Id("id");
        var name = map.String("name");
        var title = map.String("title");
        var company = map.String("company");
        var context = map.String("context");
        var contextTerms = map.Strings("contextTerms", 2);
        var synonyms = map.Strings("synonyms", 0, required: false).Select(s => s.ToLowerInvariant()).ToList();
        var style = map.String("style");

        PersonaTraits? traits = null;
        if (map.Map("traits") is { } traitsMap)
        {
            var skepticism = traitsMap.Number("skepticism", 0, 1);
            var patience = traitsMap.Integer("patience", 1, 4);
            var frequency = traitsMap.Number("objectionFrequency", 0, 1);
            traitsMap.RejectUnknownKeys();
            if (skepticism is not null && patience is not null && frequency is not null)
            {
                traits = new PersonaTraits(skepticism.Value, patience.Value, frequency.Value);
            }
        }

        PersonaLines? lines = null;
        if (map.Map("lines") is { } linesMap)
        {
            lines = new PersonaLines
            {
                Greeting = linesMap.Strings("greeting", 1),
                Pushback = linesMap.Strings("pushback", 1),
                Escalation = linesMap.Strings("escalation", 1),
                Partial = linesMap.Strings("partial", 1),
                Softening = linesMap.Strings("softening", 1),
                Agree = linesMap.Strings("agree", 1),
                WalkAway = linesMap.Strings("walkAway", 1),
            };
            linesMap.RejectUnknownKeys();
        }

        map.RejectUnknownKeys();
        if (errors.Count > before || id is null || name is null || title is null || company is null || context is null || style is null
            || traits is null || lines is null)
        {
            return null;
        }

        return new Persona
        {
            Id = id,
            Name = name,
            Title = title,
            Company = company,
            Context = context,
            ContextTerms = new CueList(contextTerms),
            Synonyms = synonyms,
            Style = style,
            Traits = traits,
            Lines = lines,
        };
    }
}
