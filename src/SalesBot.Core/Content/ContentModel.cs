namespace SalesBot.Core.Content;

/// <summary>How hard an objection phrasing or a scenario is.</summary>
public enum Difficulty
{
    Easy,
    Medium,
    Hard,
}

/// <summary>One way a buyer voices an objection.</summary>
public sealed record Phrasing(string Id, string CategoryId, Difficulty Difficulty, string Text);

/// <summary>A list of short cue phrases, matched against a seller's answer.</summary>
public sealed record CueList(IReadOnlyList<string> Phrases);

/// <summary>The category-specific behaviour the methodology asks for (e.g. price: isolate and reframe to value).</summary>
public sealed record MethodCriterion(string Name, string Description, CueList Cues, string BetterLine);

/// <summary>
/// A behaviour that fails an answer outright for a category (e.g. discount first, bashing the competitor). When
/// <see cref="Unless"/> names rubric criteria, the blocker applies only if none of them was fully met (sending the deck
/// is fine when the seller also asked a sharp question and booked a follow-up). When <see cref="Act"/> names one of the
/// scorer's acts (<see cref="KnownActs"/>), the scorer recognises the act in any wording and reports it under this
/// blocker's id, description and better line; <see cref="Cues"/> add the category's own phrases for it.
/// </summary>
public sealed record Blocker(string Id, string Description, CueList Cues, string BetterLine)
{
    /// <summary>The acts the scorer recognises (see Scoring/Blockers).</summary>
    public static readonly IReadOnlyList<string> KnownActs =
    [
        "discounting", "bashing", "pressure", "arguing", "disrespect", "absolute-guarantee", "false-credentials",
        "confidential-information", "going-around", "circumventing-process",
    ];

    public IReadOnlyList<string> Unless { get; init; } = [];

    public string? Act { get; init; }
}

/// <summary>Example lines shown as "a better line" when a general criterion is missed.</summary>
public sealed record BetterLines(string Acknowledge, string Explore, string Value, string Control);

/// <summary>An objection category of the taxonomy, with its phrasings and category-specific rubric parts.</summary>
public sealed record ObjectionCategory
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Synonyms { get; init; }
    public required IReadOnlyList<string> PersonaIds { get; init; }
    public required CueList ConcernTerms { get; init; }
    public required MethodCriterion Method { get; init; }
    public required IReadOnlyList<Blocker> Blockers { get; init; }
    public required BetterLines BetterLines { get; init; }
    public required IReadOnlyList<string> Pushbacks { get; init; }
    public required IReadOnlyList<Phrasing> Phrasings { get; init; }
}

/// <summary>How a persona reacts: the bar for a strong answer, how many weak answers it tolerates, how often it objects again.</summary>
public sealed record PersonaTraits(double Skepticism, int Patience, double ObjectionFrequency);

/// <summary>What a persona says, in its own voice, at each turn of the relationship.</summary>
public sealed record PersonaLines
{
    public required IReadOnlyList<string> Greeting { get; init; }
    public required IReadOnlyList<string> Pushback { get; init; }
    public required IReadOnlyList<string> Escalation { get; init; }
    public required IReadOnlyList<string> Partial { get; init; }
    public required IReadOnlyList<string> Softening { get; init; }
    public required IReadOnlyList<string> Agree { get; init; }
    public required IReadOnlyList<string> WalkAway { get; init; }
}

/// <summary>A buyer the bot plays.</summary>
public sealed record Persona
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required string Company { get; init; }
    public required string Context { get; init; }
    public required CueList ContextTerms { get; init; }
    public required IReadOnlyList<string> Synonyms { get; init; }
    public required string Style { get; init; }
    public required PersonaTraits Traits { get; init; }
    public required PersonaLines Lines { get; init; }

    public string FirstName => Name.Split(' ', 2)[0];

    public string Label => $"{Name}, {Title} at {Company}";
}

/// <summary>What a scenario step asks of the seller; it selects the rubric profile.</summary>
public enum StepFocus
{
    Discovery,
    Objection,
    Close,
}

/// <summary>How a role-play ends.</summary>
public enum EndingKind
{
    AgreedNextStep,
    NoDecision,
    Lost,
}

/// <summary>How the seller's answer was judged, which picks the branch.</summary>
public enum AnswerOutcome
{
    Weak,
    Partial,
    Strong,
}

/// <summary>The three branches of a step.</summary>
public sealed record StepBranches(string Strong, string Partial, string Weak)
{
    public string For(AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Strong => Strong,
        AnswerOutcome.Partial => Partial,
        _ => Weak,
    };
}

/// <summary>One step of a role-play: the buyer's line and where each kind of answer leads, or an ending.</summary>
public sealed record ScenarioStep
{
    public required string Id { get; init; }
    public required string Buyer { get; init; }
    public StepFocus Focus { get; init; }
    public string? CategoryId { get; init; }
    public StepBranches? Next { get; init; }
    public EndingKind? Ending { get; init; }

    public bool IsEnding => Ending is not null;
}

/// <summary>A multi-turn role-play, interpreted by the drill engine.</summary>
public sealed record Scenario
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }
    public required string PersonaId { get; init; }
    public required Difficulty Difficulty { get; init; }
    public required string Summary { get; init; }
    public required string Goal { get; init; }
    public required string StartStepId { get; init; }
    public required string WalkAwayStepId { get; init; }
    public required IReadOnlyDictionary<string, ScenarioStep> Steps { get; init; }

    public ScenarioStep? FindStep(string id) => Steps.GetValueOrDefault(id);
}
