namespace SalesBot.Teams.Cards;

/// <summary>A group of elements, optionally styled (<c>emphasis</c> for a buyer's line, <c>attention</c> for errors).</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
}
