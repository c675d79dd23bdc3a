namespace SalesBot.Core.Content;

/// <summary>
/// The buyer lines that are not one persona's own (personas.yaml, top level): the neutral facts used when no buyer is
/// known, what any buyer says back to a blocker act, and the templates for role-play steps that are not objections.
/// </summary>
public sealed record SharedLines
{
    /// <summary>Facts (including <c>company</c>) for filling templates without a buyer.</summary>
    public required IReadOnlyDictionary<string, string> NeutralFacts { get; init; }

    /// <summary>Buyer reactions per blocker act id (see <see cref="Blocker.KnownActs"/>).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> ActReactions { get; init; }

    /// <summary>Better-line templates for discovery and close steps.</summary>
    public required IReadOnlyDictionary<StepFocus, BetterLines> StepTemplates { get; init; }
}
