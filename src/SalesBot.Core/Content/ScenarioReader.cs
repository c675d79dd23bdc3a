namespace SalesBot.Core.Content;

/// <summary>
/// Reads one <c>scenarios/&lt;id&gt;.yaml</c> file and checks the graph: every branch lands on a step, every step is
/// reachable, and an agreed-next-step ending can only be reached by a strong answer.
/// </summary>
internal static class ScenarioReader
{
    private static readonly string[] EndingForbiddenFields = ["next", "focus", "category", "reactions"];

    public static Scenario? Read(ContentSource source, IReadOnlySet<string>? personaIds, IReadOnlySet<string>? categoryIds, List<ContentError> errors)
    {
        var root = YamlMap.Root(source.Name, source.Text, errors);
        if (root is null)
        {
            return null;
        }

        var before = errors.Count;
        var id = root.Id("id");
        var expectedId = Path.GetFileNameWithoutExtension(source.Name);
        if (id is not null && id != expectedId)
        {
            root.Error("id", $"scenario id '{id}' must match its file name '{expectedId}.yaml'");
        }

        var version = root.Integer("version", 1, int.MaxValue);
        var title = root.String("title");
        var persona = root.Id("persona");
        if (persona is not null && personaIds is not null && !personaIds.Contains(persona))
        {
            root.Error("persona", $"unknown persona '{persona}' (not in {ContentLoader.PersonasFile})");
        }

        var difficulty = root.Enum<Difficulty>("difficulty");
        var summary = root.String("summary");
        var goal = root.String("goal");
        var start = root.Id("start");
        var walkAway = root.Id("walkAway");

        var steps = new Dictionary<string, ScenarioStep>(StringComparer.Ordinal);
        var stepMaps = new Dictionary<string, YamlMap>(StringComparer.Ordinal);
        foreach (var map in root.Maps("steps", 2))
        {
            var step = ReadStep(map, categoryIds);
            if (step is null)
            {
                continue;
            }

            if (!steps.TryAdd(step.Id, step))
            {
                map.Error("id", $"step id '{step.Id}' is used more than once");
                continue;
            }

            stepMaps[step.Id] = map;
        }

        root.RejectUnknownKeys();

        if (start is not null && !steps.ContainsKey(start))
        {
            root.Error("start", $"no step has the id '{start}'");
        }

        if (walkAway is not null)
        {
            if (!steps.TryGetValue(walkAway, out var walkAwayStep))
            {
                root.Error("walkAway", $"no step has the id '{walkAway}'");
            }
            else if (walkAwayStep.Ending != EndingKind.Lost)
            {
                root.Error("walkAway", $"step '{walkAway}' must be an ending with 'ending: lost'");
            }
        }

        CheckGraph(root, steps, stepMaps, start);

        if (errors.Count > before || id is null || version is null || title is null || persona is null || difficulty is null
            || summary is null || goal is null || start is null || walkAway is null)
        {
            return null;
        }

        return new Scenario
        {
            Id = id,
            Version = version.Value,
            Title = title,
            PersonaId = persona,
            Difficulty = difficulty.Value,
            Summary = summary,
            Goal = goal,
            StartStepId = start,
            WalkAwayStepId = walkAway,
            Steps = steps,
        };
    }

    private static ScenarioStep? ReadStep(YamlMap map, IReadOnlySet<string>? categoryIds)
    {
        var id = map.Id("id");
        var buyer = map.String("buyer");
        if (map.Has("ending"))
        {
            var ending = map.Enum<EndingKind>("ending");
            foreach (var forbidden in EndingForbiddenFields.Where(map.Has))
            {
                map.Error(forbidden, "an ending step has no " + forbidden);
            }

            map.RejectUnknownKeys();
            return id is null || buyer is null || ending is null ? null : new ScenarioStep { Id = id, Buyer = buyer, Ending = ending };
        }

        var focus = map.Enum<StepFocus>("focus");
        string? category = null;
        if (focus == StepFocus.Objection)
        {
            category = map.Id("category");
            if (category is not null && categoryIds is not null && !categoryIds.Contains(category))
            {
                map.Error("category", $"unknown objection category '{category}'");
                category = null;
            }
        }
        else if (map.Has("category"))
        {
            category = map.Id("category");
            if (category is not null && categoryIds is not null && !categoryIds.Contains(category))
            {
                map.Error("category", $"unknown objection category '{category}'");
                category = null;
            }
        }

        StepBranches? next = null;
        if (map.Map("next") is { } nextMap)
        {
            var strong = nextMap.Id("strong");
            var partial = nextMap.Id("partial");
            var weak = nextMap.Id("weak");
            nextMap.RejectUnknownKeys();
            if (strong is not null && partial is not null && weak is not null)
            {
                next = new StepBranches(strong, partial, weak);
            }
        }

        var reactions = new Dictionary<AnswerGap, string>();
        if (map.Map("reactions", required: false) is { } reactionMap)
        {
            foreach (var gap in Enum.GetValues<AnswerGap>())
            {
                if (reactionMap.String(YamlMap.ToKebab(gap.ToString()), required: false) is { } line)
                {
                    reactions[gap] = line;
                }
            }

            reactionMap.RejectUnknownKeys();
        }

        map.RejectUnknownKeys();
        if (id is null || buyer is null || focus is null || next is null || (focus == StepFocus.Objection && category is null))
        {
            return null;
        }

        return new ScenarioStep { Id = id, Buyer = buyer, Focus = focus.Value, CategoryId = category, Next = next, Reactions = reactions };
    }

    private static void CheckGraph(YamlMap root, Dictionary<string, ScenarioStep> steps, Dictionary<string, YamlMap> maps, string? start)
    {
        foreach (var step in steps.Values.Where(s => s.Next is not null))
        {
            foreach (var (branch, target) in new[] { ("strong", step.Next!.Strong), ("partial", step.Next.Partial), ("weak", step.Next.Weak) })
            {
                var nextMap = maps[step.Id].Map("next", required: false);
                if (!steps.TryGetValue(target, out var targetStep))
                {
                    nextMap?.Error(branch, $"no step has the id '{target}'");
                }
                else if (targetStep.Ending == EndingKind.AgreedNextStep && branch != "strong")
                {
                    nextMap?.Error(branch, $"a {branch} answer must never reach the agreed-next-step ending '{target}'; only a strong answer may");
                }
            }
        }

        if (start is null || !steps.ContainsKey(start))
        {
            return;
        }

        var reachable = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var step = steps[queue.Dequeue()];
            if (step.Next is null)
            {
                continue;
            }

            foreach (var target in new[] { step.Next.Strong, step.Next.Partial, step.Next.Weak })
            {
                if (steps.ContainsKey(target) && reachable.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        var walkAway = root.Has("walkAway") ? root.String("walkAway", required: false) : null;
        foreach (var step in steps.Values.Where(s => !reachable.Contains(s.Id) && s.Id != walkAway))
        {
            maps[step.Id].Error("id", $"step '{step.Id}' cannot be reached from the start step '{start}'");
        }

        foreach (var ending in new[] { EndingKind.AgreedNextStep, EndingKind.NoDecision, EndingKind.Lost })
        {
            if (!steps.Values.Any(s => s.Ending == ending && (reachable.Contains(s.Id) || s.Id == walkAway)))
            {
                root.Error("steps", $"the scenario needs a reachable '{YamlMap.ToKebab(ending.ToString())}' ending");
            }
        }
    }
}
