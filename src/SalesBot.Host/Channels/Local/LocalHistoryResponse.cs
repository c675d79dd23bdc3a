namespace SalesBot.Host.Channels.Local;

/// <summary>The recent conversation, oldest turn first.</summary>
internal sealed record LocalHistoryResponse(IReadOnlyList<LocalHistoryTurn> Turns);
