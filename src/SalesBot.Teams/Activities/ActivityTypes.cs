namespace SalesBot.Teams.Activities;

/// <summary>The activity types and invoke names SalesBot understands.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";

    /// <summary>Universal Actions (Action.Execute): the HTTP response carries the answer.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
