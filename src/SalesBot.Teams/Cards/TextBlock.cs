namespace SalesBot.Teams.Cards;

/// <summary>Text (Teams renders a markdown subset: bold, italic, lists, links).</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;

    /// <summary><c>bolder</c>, <c>lighter</c>.</summary>
    public string? Weight { get; init; }

    /// <summary><c>small</c>, <c>medium</c>, <c>large</c>.</summary>
    public string? Size { get; init; }

    /// <summary><c>accent</c>, <c>good</c>, <c>warning</c>, <c>attention</c>.</summary>
    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }
}
