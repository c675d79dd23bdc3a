namespace SalesBot.Host.Channels.Local;

internal sealed record LocalSection(string? Title, string? Text, IReadOnlyList<LocalFact> Facts);
