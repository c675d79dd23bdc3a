namespace SalesBot.Host.Channels.Local;

internal sealed record LocalFact(string Name, string Value);
