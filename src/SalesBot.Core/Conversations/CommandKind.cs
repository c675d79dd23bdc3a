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

    /// <summary><c>forget me</c>: delete everything SalesBot keeps about the user (asks for confirmation first).</summary>
    Forget,

    /// <summary>The full breakdown of a scored answer (the "Details" button under short feedback).</summary>
    Details,
    // The manager's rhythm (src/SalesBot.Core/Rhythm): each handler re-reads the raw text for names, dates and free text.
    Team,
    OneOnOne,
    FollowUps,
    Nudges,
    Focus,
    Preferences,
}
