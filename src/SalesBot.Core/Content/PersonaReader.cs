namespace SalesBot.Core.Content;

/// <summary>Reads <c>personas.yaml</c>: the buyers the bot plays.</summary>
internal static class PersonaReader
{
    /// <summary>The personas and the lines they share, or null when the file is not readable YAML.</summary>
    public static (IReadOnlyList<Persona> Personas, SharedLines? Shared)? Read(ContentSource source, List<ContentError> errors)
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

        var shared = ReadShared(root);
        root.RejectUnknownKeys();
        return (personas, shared);
    }

    private static SharedLines? ReadShared(YamlMap root)
    {
        IReadOnlyDictionary<string, string>? neutral = null;
        if (root.Map("neutral") is { } neutralMap)
        {
            var company = neutralMap.String("company");
            var facts = ReadFacts(neutralMap.Map("facts"));
            neutralMap.RejectUnknownKeys();
            if (company is not null && facts is not null)
            {
                neutral = new Dictionary<string, string>(facts, StringComparer.Ordinal) { ["company"] = company, ["name"] = "" };
            }
        }

        var acts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Map("actReactions") is { } actMap)
        {
            foreach (var act in Blocker.KnownActs)
            {
                acts[act] = actMap.Strings(act, 1);
            }

            actMap.RejectUnknownKeys();
        }

        var steps = new Dictionary<StepFocus, BetterLines>();
        if (root.Map("stepLines") is { } stepMap)
        {
            if (ReadStepLines(stepMap.Map("discovery"), StepFocus.Discovery) is { } discovery)
            {
                steps[StepFocus.Discovery] = discovery;
            }

            if (ReadStepLines(stepMap.Map("close"), StepFocus.Close) is { } close)
            {
                steps[StepFocus.Close] = close;
            }

            stepMap.RejectUnknownKeys();
        }

        return neutral is null || steps.Count < 2 || acts.Values.Any(a => a.Count == 0)
            ? null
            : new SharedLines { NeutralFacts = neutral, ActReactions = acts, StepTemplates = steps };
    }

    private static BetterLines? ReadStepLines(YamlMap? map, StepFocus focus)
    {
        if (map is null)
        {
            return null;
        }

        var acknowledge = Template(map, "acknowledge");
        var explore = Template(map, "explore");
        var value = Template(map, "value", focus == StepFocus.Close);
        var listen = Template(map, "listen", focus == StepFocus.Discovery);
        var tailor = Template(map, "tailor");
        var control = Template(map, "control");
        map.RejectUnknownKeys();
        return acknowledge is null || explore is null || tailor is null || control is null
            ? null
            : new BetterLines(acknowledge, explore, value ?? "", control) { Tailor = tailor, Listen = listen };
    }

    /// <summary>A template field: text whose slots are all known ones.</summary>
    internal static string? Template(YamlMap map, string key, bool required = true)
    {
        var text = map.String(key, required);
        if (text is not null && LineTemplate.UnknownSlots(text) is { Count: > 0 } unknown)
        {
            map.Error(key, $"unknown slot {string.Join(", ", unknown.Select(u => $"{{{u}}}"))} (known: {string.Join(", ", LineTemplate.FactSlots.Concat(LineTemplate.PersonaSlots).Select(x => $"{{{x}}}"))})");
            return null;
        }

        return text;
    }

    private static Dictionary<string, string>? ReadFacts(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in LineTemplate.FactSlots)
        {
            if (map.String(slot) is { } value)
            {
                facts[slot] = value;
            }
        }

        map.RejectUnknownKeys();
        return facts.Count == LineTemplate.FactSlots.Count ? facts : null;
    }

    private static Dictionary<AnswerGap, IReadOnlyList<string>>? ReadReactions(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var reactions = new Dictionary<AnswerGap, IReadOnlyList<string>>();
        foreach (var gap in Enum.GetValues<AnswerGap>())
        {
            reactions[gap] = map.Strings(YamlMap.ToKebab(gap.ToString()), 1);
        }

        map.RejectUnknownKeys();
        return reactions.Values.All(r => r.Count > 0) ? reactions : null;
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
        var facts = ReadFacts(map.Map("facts"));
        var reactions = ReadReactions(map.Map("reactions"));

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
                FollowUp = linesMap.Strings("followUp", 1),
            };
            linesMap.RejectUnknownKeys();
        }

        map.RejectUnknownKeys();
        if (errors.Count > before || id is null || name is null || title is null || company is null || context is null || style is null
            || traits is null || lines is null || facts is null || reactions is null)
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
            Facts = new Dictionary<string, string>(facts, StringComparer.Ordinal) { ["company"] = company, ["name"] = name.Split(' ', 2)[0] },
            Reactions = reactions,
        };
    }
}
