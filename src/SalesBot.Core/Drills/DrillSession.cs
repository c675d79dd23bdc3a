namespace SalesBot.Core.Drills;

/// <summary>A practice drill (one objection category, a few rounds) or a multi-turn role-play.</summary>
public enum DrillKind
{
    Practice,
    RolePlay,
}

/// <summary>
/// The dialog state of a drill in flight, persisted as data: scenario id + version + step id, never a step index, so a
/// redeploy that adds or reorders steps cannot corrupt a conversation. The rubric version is pinned at the start.
/// </summary>
public sealed record DrillSession
{
    public required string Id { get; init; }
    public required DrillKind Kind { get; init; }

    /// <summary>For practice: <c>practice:&lt;category&gt;</c>; for role-play: the scenario id.</summary>
    public required string ScenarioId { get; init; }
    public required int ScenarioVersion { get; init; }

    /// <summary>For practice: the phrasing id being answered; for role-play: the step id (or <c>followup:&lt;phrasing&gt;</c>).</summary>
    public required string StepId { get; init; }
    public required string RubricVersion { get; init; }
    public required string PersonaId { get; init; }
    public string? CategoryId { get; init; }

    /// <summary>What the buyer said last: the line the next answer is scored against.</summary>
    public required string BuyerLine { get; init; }
    public int Round { get; init; } = 1;
    public int Rounds { get; init; } = 1;
    public int Attempt { get; init; } = 1;
    public int WeakAnswers { get; init; }
    public int Trust { get; init; }
    public int Seed { get; init; }
    public int Turn { get; init; }

    /// <summary>After a follow-up objection in a role-play, the step to return to.</summary>
    public string? ReturnStepId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset LastActivityAt { get; init; }
    public IReadOnlyList<int> Scores { get; init; } = [];
    public IReadOnlyList<string> UsedPhrasings { get; init; } = [];

    /// <summary>How often each criterion was not fully met during the session, for the debrief.</summary>
    public IReadOnlyDictionary<string, int> Misses { get; init; } = new Dictionary<string, int>();
}
