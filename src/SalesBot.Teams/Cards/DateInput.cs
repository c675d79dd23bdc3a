namespace SalesBot.Teams.Cards;

/// <summary>An <c>Input.Date</c>: Teams sends the value back as <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput(string Id) : CardElement
{
    public string? Label { get; init; }

    public string? Value { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
