namespace SalesBot.Teams.Cards;

/// <summary>A button that unfolds a nested card (used for "More…" when a message has many buttons).</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
