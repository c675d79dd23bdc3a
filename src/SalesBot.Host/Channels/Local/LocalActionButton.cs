namespace SalesBot.Host.Channels.Local;

/// <summary>A button; <see cref="Style"/> is <c>positive</c> or <c>destructive</c>, absent for the default look.</summary>
internal sealed record LocalActionButton(string Id, string Title, IReadOnlyDictionary<string, string> Data)
{
    public string? Style { get; init; }
}
