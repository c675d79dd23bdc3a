using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>Starting a drill while another is in flight closes the old one first (its scores are kept).</summary>
internal static class DrillSwitch
{
    public static TurnStep Start(TurnContext context, Func<UserState, DrillUpdate> start)
    {
        if (context.State.Session is null)
        {
            return TurnStep.From(start(context.State));
        }

        var stopped = DrillEngine.Stop(context.State, context.Now);
        var started = TurnStep.From(start(stopped.State));
        return started.After([OutboundMessage.Plain("Closed your previous drill; its scores are saved.")], stopped.Records);
    }
}
