using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>Buttons and lines several handlers share.</summary>
public static class CommonReplies
{
    /// <summary>What a user can start: the buttons under help, welcome and "I didn't understand".</summary>
    public static IReadOnlyList<MessageAction> StartActions(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return
        [
            DrillMessages.Practice(content.FindCategory("price"), "Practice price"),
            DrillMessages.Practice(null),
            DrillMessages.RolePlay(null),
            DrillMessages.Progress(),
            new(DrillMessages.ActionPlaybook, "Playbook"),
        ];
    }

    /// <summary>The message, plus a reminder that a drill is still waiting for an answer.</summary>
    public static OutboundMessage[] WithDrillReminder(ContentCatalog content, UserState state, OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Session is not { } session)
        {
            return [message];
        }

        var persona = content.FindPersona(session.PersonaId);
        return [message, OutboundMessage.Plain($"Your drill is still open: answer {persona?.FirstName ?? "the buyer"} when you're ready, or type `stop`.")];
    }

    public static string Truncate(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "\u2026");
    }
}
