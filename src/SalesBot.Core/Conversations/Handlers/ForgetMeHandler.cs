using System.Globalization;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// <c>forget me</c>: asks for confirmation with a destructive-style button; the confirmed press (within
/// <see cref="ConfirmWindow"/>) erases everything SalesBot keeps about the user (<see cref="TurnStep.EraseUser"/>), and
/// the reply is the last thing the bot says. What is erased and what is anonymised: docs/storage.md, "Privacy".
/// </summary>
public sealed class ForgetMeHandler : ICommandHandler
{
    public const string ConfirmArgument = "confirm:";
    public const string CancelArgument = "cancel";

    /// <summary>How long the confirmation button stays valid: an old card pressed by accident must not erase anything.</summary>
    public static readonly TimeSpan ConfirmWindow = TimeSpan.FromMinutes(15);

    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Forget];

    public Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var state = context.State;
        if (command.Argument == CancelArgument)
        {
            return Task.FromResult(TurnStep.Reply(state, OutboundMessage.Plain("Nothing was deleted. Type `forget me` if you change your mind.")));
        }

        if (command.Argument is { } argument && argument.StartsWith(ConfirmArgument, StringComparison.Ordinal))
        {
            var askedAt = long.TryParse(argument.AsSpan(ConfirmArgument.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : DateTimeOffset.MinValue;
            if (context.Now - askedAt > ConfirmWindow || askedAt > context.Now + TimeSpan.FromMinutes(1))
            {
                return Task.FromResult(TurnStep.Reply(state, OutboundMessage.Plain("That confirmation has expired, so nothing was deleted. Type `forget me` to ask again.")));
            }

            return Task.FromResult(TurnStep.Reply(state, OutboundMessage.Plain(
                "Done: I deleted your progress, drill history, transcripts and settings, and your pending playbook nominations. Answers already approved for the team playbook stay, without your name. If you write to me again, I'll start fresh."))
                with { EraseUser = true });
        }

        return Task.FromResult(TurnStep.Reply(state, Ask(context.Now)));
    }

    private static OutboundMessage Ask(DateTimeOffset now) => new()
    {
        Kind = MessageKind.Info,
        Title = "Delete all your SalesBot data?",
        Text = "This deletes your progress, drill history and transcripts, how I reach you, and your pending playbook nominations. "
            + "Answers a manager already approved for the team playbook stay, without your name. This can't be undone.",
        Actions =
        [
            MessageAction.With(DrillMessages.ActionForgetConfirm, "Delete everything", "at", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)) with { Style = ButtonStyle.Destructive },
            new MessageAction(DrillMessages.ActionForgetCancel, "Keep my data"),
        ],
    };
}
