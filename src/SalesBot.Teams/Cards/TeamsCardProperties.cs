namespace SalesBot.Teams.Cards;

/// <summary>The card's <c>msteams</c> property.</summary>
public sealed record TeamsCardProperties(string Width);
