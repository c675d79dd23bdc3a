namespace SalesBot.Teams.Activities;

/// <summary>The body of <c>POST /v3/conversations</c> (create a 1:1 conversation for a proactive message).</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount> Members { get; init; } = [];

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    public Activity? Activity { get; init; }

    public TeamsChannelData? ChannelData { get; init; }
}
