namespace SalesBot.Host.Channels.Local;

/// <summary>One past turn for the chat page to restore: what the user typed (null for a button) and the bot's replies as text.</summary>
internal sealed record LocalHistoryTurn
{
    public required long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? Text { get; init; }
    public required IReadOnlyList<string> Replies { get; init; }
}
