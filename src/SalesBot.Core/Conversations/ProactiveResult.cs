namespace SalesBot.Core.Conversations;

/// <summary>The outcome of <see cref="IProactiveSender.SendAsync"/>.</summary>
public sealed record ProactiveResult(ProactiveStatus Status)
{
    /// <summary>The channel's ids of the delivered messages, in order.</summary>
    public IReadOnlyList<string> MessageIds { get; init; } = [];

    /// <summary>A short reason for logs (never user text).</summary>
    public string? Detail { get; init; }
}
