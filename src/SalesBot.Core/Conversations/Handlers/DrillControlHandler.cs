using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary><c>hint</c>, <c>skip</c> and <c>stop</c> during a drill.</summary>
public sealed class DrillControlHandler(DrillEngine engine) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Hint, CommandKind.Skip, CommandKind.Stop];

    public Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var state = context.State;
        var step = (command.Kind, state.Session) switch
        {
            (CommandKind.Hint, null) => TurnStep.Reply(state, OutboundMessage.Plain("Hints are for drills. Start one with `practice`, then type `hint` when you're stuck.")),
            (CommandKind.Hint, { } session) => TurnStep.Reply(state, engine.Hint(session)),
            (CommandKind.Skip, null) => TurnStep.Reply(state, OutboundMessage.Plain("There's no drill to skip. Type `practice` to start one.")),
            (CommandKind.Skip, _) => TurnStep.From(engine.Skip(state, context.Now)),
            (_, null) => TurnStep.Reply(state, new OutboundMessage { Text = "There's no drill running. Here's what you can start:", Actions = CommonReplies.StartActions(engine.Content) }),
            _ => TurnStep.From(DrillEngine.Stop(state, context.Now)),
        };
        return Task.FromResult(step);
    }
}
