using SalesBot.Core.Conversations;
using SalesBot.Core.Conversations.Handlers;

namespace SalesBot.Teams.Tests.Support;

/// <summary>
/// Stands in for the manager's rhythm handlers (team, 1:1, follow-ups, nudges, focus, settings), which need a rhythm store
/// and a scheduler: the router requires a handler for every command, and these conversation tests don't use them.
/// </summary>
internal sealed class NoRhythmHandler : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } =
        [CommandKind.Team, CommandKind.OneOnOne, CommandKind.FollowUps, CommandKind.Nudges, CommandKind.Focus, CommandKind.Preferences];

    public Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(TurnStep.Reply(context.State, OutboundMessage.Plain("The manager's rhythm is not part of this test.")));
    }
}
