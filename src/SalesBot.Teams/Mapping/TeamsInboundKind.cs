namespace SalesBot.Teams.Mapping;

/// <summary>What an inbound activity means to SalesBot.</summary>
public enum TeamsInboundKind
{
    /// <summary>Nothing for SalesBot (unknown type, typing, reactions, team/channel events, members other than the bot): 200.</summary>
    Ignored,

    /// <summary>The user typed text (bot @mentions stripped).</summary>
    Message,

    /// <summary>The user pressed a button: Action.Submit (a message with <c>value</c>) or an <c>adaptiveCard/action</c> invoke.</summary>
    Action,

    /// <summary>The bot was installed / added for this user or conversation: store the reference, welcome.</summary>
    Installed,

    /// <summary>The bot was uninstalled / removed: the reference is no longer deliverable.</summary>
    Uninstalled,

    /// <summary>An invoke SalesBot does not handle (<c>task/fetch</c>, <c>composeExtension/*</c>, …): 501, as the SDK does.</summary>
    UnsupportedInvoke,
}
