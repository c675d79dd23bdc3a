namespace SalesBot.Teams.Cards;

/// <summary>An <c>Input.Time</c>: Teams sends the value back as <c>HH:mm</c>.</summary>
public sealed record TimeInput(string Id) : CardElement
{
    public string? Label { get; init; }

    public string? Value { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
