namespace SalesBot.Teams.Cards;

/// <summary>A button that posts its <see cref="Data"/> back to the bot as the message's <c>value</c>.</summary>
public sealed record SubmitAction(string Title, SubmitData Data) : CardAction(Title);
