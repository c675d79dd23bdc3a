namespace SalesBot.Teams.Activities;

/// <summary>channelData.notification: whether Teams raises an activity-feed alert for the message.</summary>
public sealed record TeamsNotification(bool Alert);
