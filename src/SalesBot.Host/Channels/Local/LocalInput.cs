namespace SalesBot.Host.Channels.Local;

/// <summary>A form field on a reply (<c>kind</c>: text, multilinetext, choice, date, time, people); its value comes back in the pressed action's data under <see cref="Id"/>.</summary>
internal sealed record LocalInput(string Id, string Label, string Kind)
{
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? Required { get; init; }
    public IReadOnlyList<LocalFact>? Choices { get; init; }
}
