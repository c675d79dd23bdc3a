namespace SalesBot.Teams.Cards;

/// <summary>One button folded into a choice set: selected by its index in <see cref="SalesBotSubmit.Choices"/>.</summary>
public sealed record SalesBotChoice(string Id, string Title, IReadOnlyDictionary<string, string> Data);
