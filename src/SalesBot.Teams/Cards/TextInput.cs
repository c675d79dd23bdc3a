namespace SalesBot.Teams.Cards;

/// <summary>An <c>Input.Text</c> rendered from a <see cref="MessageInput"/> (also the people field: names or ids, comma-separated).</summary>
public sealed record TextInput(string Id) : CardElement
{
    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
