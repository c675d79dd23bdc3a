namespace SalesBot.Core.Messaging;

/// <summary>What kind of inbound event a turn is.</summary>
public enum TurnKind
{
    /// <summary>The user wrote text or pressed a button.</summary>
    Message,

    /// <summary>
    /// The bot was installed for the user or added to the conversation (Teams <c>installationUpdate add</c> or
    /// <c>conversationUpdate membersAdded</c>; Slack first <c>app_home_opened</c>). Stores the reference; a new user is welcomed,
    /// a returning user whose reference was inactive is welcomed back, anything else is silent (both Teams events may arrive).
    /// </summary>
    Installed,

    /// <summary>
    /// The platform says the bot can no longer reach the user (uninstalled, removed, blocked, workspace revoked): the
    /// stored reference is marked inactive with <see cref="ConversationReference.InactiveReason"/> from the turn's reference.
    /// Nothing is sent.
    /// </summary>
    Removed,
}
