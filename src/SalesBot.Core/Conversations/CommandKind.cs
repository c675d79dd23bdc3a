namespace SalesBot.Core.Conversations;

/// <summary>What the user asked for.</summary>
public enum CommandKind
{
    Help,
    Greeting,
    Practice,
    RolePlay,
    Progress,
    Playbook,
    Review,
    Approve,
    Reject,
    Nominate,
    Hint,
    Skip,
    Stop,

    // The manager's rhythm (src/SalesBot.Core/Rhythm): each handler re-reads the raw text for names, dates and free text.
    Team,
    OneOnOne,
    FollowUps,
    Nudges,
    Focus,
    Preferences,
}
