namespace SalesBot.Teams.Activities;

/// <summary>The Teams part of an activity's <c>channelData</c>.</summary>
public sealed record TeamsChannelData
{
    public TeamsIdentifier? Tenant { get; init; }

    public TeamsIdentifier? Team { get; init; }

    public TeamsIdentifier? Channel { get; init; }

    /// <summary><c>teamMemberAdded</c>, <c>channelCreated</c>, … on conversationUpdate.</summary>
    public string? EventType { get; init; }

    public TeamsIdentifier? Source { get; init; }

    /// <summary>Outbound: <c>{"alert":true}</c> raises an activity-feed notification.</summary>
    public TeamsNotification? Notification { get; init; }
}
