namespace SalesBot.Teams.Cards;

/// <summary>A compact drop-down: used when a message has more buttons than Teams shows.</summary>
public sealed record ChoiceSetInput(string Id, IReadOnlyList<Choice> Choices) : CardElement
{
    public string Style { get; init; } = "compact";

    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Value { get; init; }
}
