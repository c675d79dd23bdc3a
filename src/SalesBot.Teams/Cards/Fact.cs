namespace SalesBot.Teams.Cards;

/// <summary>One row of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
