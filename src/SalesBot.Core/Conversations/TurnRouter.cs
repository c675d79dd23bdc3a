using SalesBot.Core.Conversations.Handlers;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversations;

/// <summary>
/// Decides what a message is and who handles it: a button maps to its command, text is parsed as a command, and during a
/// drill anything else is the seller's answer. Before that, a drill that can't resume is closed, and a new user is welcomed.
/// </summary>
public sealed class TurnRouter
{
    private readonly Dictionary<CommandKind, ICommandHandler> _handlers = [];
    private readonly DrillEngine _engine;
    private readonly HelpHandler _help;
    private readonly DrillAnswerHandler _answers;

    public TurnRouter(IEnumerable<ICommandHandler> handlers, DrillEngine engine, HelpHandler help, DrillAnswerHandler answers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _engine = engine;
        _help = help;
        _answers = answers;
        foreach (var handler in handlers)
        {
            foreach (var kind in handler.Commands)
            {
                if (!_handlers.TryAdd(kind, handler))
                {
                    throw new InvalidOperationException($"Two handlers for {kind}: {_handlers[kind].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }

        var missing = Enum.GetValues<CommandKind>().Where(k => !_handlers.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No handler for {string.Join(", ", missing)}.");
        }
    }

    public async Task<TurnStep> RouteAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.Session is { } session && _engine.CheckResume(session, context.Now) is var problem and not ResumeProblem.None)
        {
            var closed = DrillEngine.Close(state, problem, context.Now);
            var rest = await DispatchAsync(context with { State = closed.State, DrillJustClosed = true }, cancellationToken);
            return rest.After(closed.Messages, closed.Records);
        }

        var step = await DispatchAsync(context, cancellationToken);
        return context.IsNewUser ? step.After([_help.Welcome(state)], []) : step;
    }

    /// <summary>The command a button stands for, or null for an unknown button.</summary>
    public static Command? FromAction(ActionInvocation action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Id switch
        {
            DrillMessages.ActionPractice => new Command(CommandKind.Practice, action.Get("category")),
            DrillMessages.ActionRolePlay => new Command(CommandKind.RolePlay, action.Get("scenario") ?? action.Get("persona")),
            DrillMessages.ActionStop => new Command(CommandKind.Stop),
            DrillMessages.ActionHint => new Command(CommandKind.Hint),
            DrillMessages.ActionProgress => new Command(CommandKind.Progress),
            DrillMessages.ActionPlaybook => new Command(CommandKind.Playbook, action.Get("category")),
            DrillMessages.ActionHelp => new Command(CommandKind.Help),
            DrillMessages.ActionReview => new Command(CommandKind.Review),
            DrillMessages.ActionNominate => new Command(CommandKind.Nominate, action.Get("candidate")),
            DrillMessages.ActionApprove => new Command(CommandKind.Approve, action.Get("entry")),
            DrillMessages.ActionReject => new Command(CommandKind.Reject, action.Get("entry")),
            DrillMessages.ActionForgetConfirm => new Command(CommandKind.Forget, $"{ForgetMeHandler.ConfirmArgument}{action.Get("at")}"),
            DrillMessages.ActionForgetCancel => new Command(CommandKind.Forget, ForgetMeHandler.CancelArgument),
            DrillFeedback.ActionDetails => new Command(CommandKind.Details, action.Get("turn")),
            Rhythm.RhythmActions.Accept or Rhythm.RhythmActions.Decline or Rhythm.RhythmActions.TeamAdd => new Command(CommandKind.Team),
            Rhythm.RhythmActions.OneOnOneAdd or Rhythm.RhythmActions.Assign or Rhythm.RhythmActions.FollowUps => new Command(CommandKind.OneOnOne),
            Rhythm.RhythmActions.CheckIn or Rhythm.RhythmActions.NudgesSet or Rhythm.RhythmActions.Focus => new Command(CommandKind.Nudges),
            Rhythm.RhythmActions.TimeZone => new Command(CommandKind.Preferences),
            _ => null,
        };
    }

    private async Task<TurnStep> DispatchAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Action is { } action)
        {
            return FromAction(action) is { } pressed
                ? await _handlers[pressed.Kind].HandleAsync(context, pressed, cancellationToken)
                : _help.UnknownButton(context);
        }

        var text = context.Turn.Text ?? "";
        var inDrill = context.State.Session is not null;
        return CommandParser.Parse(text, inDrill) switch
        {
            Command command => await _handlers[command.Kind].HandleAsync(context, command, cancellationToken),
            UnknownCommand unknown when inDrill => DrillAnswerHandler.DidYouMean(context, unknown),
            UnknownCommand unknown => _help.Unknown(context, unknown),
            _ => await _answers.AnswerAsync(context, text, cancellationToken),
        };
    }
}
