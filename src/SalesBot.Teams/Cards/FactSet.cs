namespace SalesBot.Teams.Cards;

/// <summary>Name/value pairs (criteria and verdicts, categories and proficiency).</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
