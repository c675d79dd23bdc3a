namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// One feature's commands (typed or pressed). Each <see cref="CommandKind"/> has exactly one handler; the router checks
/// that at start-up. A handler is pure apart from its own store calls; it never commits the user's state (the pipeline does).
/// </summary>
public interface ICommandHandler
{
    IReadOnlyCollection<CommandKind> Commands { get; }

    Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken);
}
