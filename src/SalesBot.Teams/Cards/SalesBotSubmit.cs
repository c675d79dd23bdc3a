namespace SalesBot.Teams.Cards;

/// <summary>
/// A pressed button: its action id, data and title (the title lets a default "✓ You chose …" update be made), or for a
/// choice set, the list of choices the selected index points into.
/// </summary>
public sealed record SalesBotSubmit
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public IReadOnlyList<SalesBotChoice>? Choices { get; init; }
}
