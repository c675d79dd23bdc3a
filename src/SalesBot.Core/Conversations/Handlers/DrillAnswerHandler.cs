using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Storage;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>During a drill, every message that isn't a command is the seller's answer to the buyer: score it and move on.</summary>
public sealed class DrillAnswerHandler(DrillEngine engine, IPlaybookStore playbook)
{
    public async Task<TurnStep> AnswerAsync(TurnContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        var state = context.State;
        if (state.Session is not { } session)
        {
            throw new InvalidOperationException("An answer needs a drill in flight.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return TurnStep.Reply(state, OutboundMessage.Plain("I didn't get any text. Type your answer to the buyer, or `stop` to end the drill."));
        }

        // Teammates' approved answers of this category are shown after a practice round (read only for practice drills,
        // from the category's approved summary: pending and rejected entries are never read on a drill turn).
        IReadOnlyList<PlaybookEntry> models = session.Kind == DrillKind.Practice && session.CategoryId is { } categoryId
            ? await playbook.GetApprovedAsync(state.User.TenantKey, categoryId, cancellationToken)
            : [];
        // The short feedback's Details button reads this turn's transcript entry (its sequence is the turn count).
        return TurnStep.From(DrillFeedback.WithDetails(engine.Answer(state, text.Trim(), context.Now, models), state.Turns));
    }

    /// <summary>A short, command-like message during a drill that isn't a command: ask rather than score it.</summary>
    public static TurnStep DidYouMean(TurnContext context, UnknownCommand unknown)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(unknown);
        return TurnStep.Reply(context.State, new OutboundMessage
        {
            Text = $"Did you mean `{unknown.Suggestion}`? If that was your answer to the buyer, say a little more \u2014 I score full answers.",
            Actions = [new MessageAction(DrillMessages.ActionStop, "Stop the drill"), DrillMessages.Hint()],
        });
    }
}
