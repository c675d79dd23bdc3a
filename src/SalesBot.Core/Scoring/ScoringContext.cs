using SalesBot.Core.Content;

namespace SalesBot.Core.Scoring;

/// <summary>What an answer is scored against: the rubric profile, the objection and the buyer's situation.</summary>
public sealed record ScoringContext
{
    public required RubricProfile Profile { get; init; }

    /// <summary>The objection category (required for the objection profile; optional otherwise).</summary>
    public ObjectionCategory? Category { get; init; }

    /// <summary>What the buyer just said.</summary>
    public required string BuyerLine { get; init; }

    /// <summary>Facts about the buyer the seller could tailor to (persona context).</summary>
    public string? BuyerContext { get; init; }

    /// <summary>Words or phrases that show tailoring to this buyer (persona context terms).</summary>
    public IReadOnlyList<string> ContextTerms { get; init; } = [];

    /// <summary>
    /// The better lines to suggest, filled with this buyer's facts (<see cref="ContentCatalog.LinesFor"/>); when null the
    /// category's neutral lines (or generic ones) are used. They change what feedback suggests, never a score.
    /// </summary>
    public BetterLines? Lines { get; init; }

    /// <summary>An objection scored for this buyer (when known), with better lines filled with the buyer's facts.</summary>
    public static ScoringContext ForObjection(ObjectionCategory category, string buyerLine, Persona? persona)
    {
        ArgumentNullException.ThrowIfNull(category);
        return Objection(category, buyerLine, persona, persona is null ? null : category.Templates.Fill(persona.Facts));
    }

    /// <summary>An objection scored for this buyer, with better lines in this buyer's terms.</summary>
    public static ScoringContext ForObjection(ContentCatalog content, ObjectionCategory category, string buyerLine, Persona persona)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Objection(category, buyerLine, persona, content.LinesFor(category, persona));
    }

    private static ScoringContext Objection(ObjectionCategory category, string buyerLine, Persona? persona, BetterLines? lines) => new()
    {
        Profile = RubricProfile.Objection,
        Category = category,
        BuyerLine = buyerLine,
        BuyerContext = persona is null ? null : $"{persona.Label}. {persona.Context}",
        ContextTerms = persona?.ContextTerms.Phrases ?? [],
        Lines = lines,
    };
}
