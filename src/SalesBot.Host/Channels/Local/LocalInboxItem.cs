namespace SalesBot.Host.Channels.Local;

/// <summary>One entry of a local user's inbox: a message the bot sent first (<see cref="Reply"/>), or an <see cref="Update"/> of one.</summary>
internal sealed record LocalInboxItem
{
    /// <summary>Ordered: also the cursor (<c>after=</c>, SSE <c>id:</c>).</summary>
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public LocalReply? Reply { get; init; }

    public LocalUpdate? Update { get; init; }
}
