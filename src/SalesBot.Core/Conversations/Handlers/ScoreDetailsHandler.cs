using System.Globalization;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// The "Details" button under a drill's short feedback: the full, explainable breakdown of that answer (every criterion,
/// its evidence and better line, blockers, penalties, rubric version), read back from the transcript entry that stored it.
/// A button press, not a drill answer: its one store read never counts against the drill answer's budget.
/// </summary>
public sealed class ScoreDetailsHandler(IConversationStore store) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Details];

    public async Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var entry = long.TryParse(command.Argument, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? await store.GetTranscriptEntryAsync(context.State.User, sequence, cancellationToken)
            : null;
        if (entry?.Score is not { } card)
        {
            return TurnStep.Reply(context.State, OutboundMessage.Plain("I can't find the details of that answer any more.")) with { SourceUpdate = SourceMessageUpdate.Keep };
        }

        var headline = entry.BuyerLine is null ? "The full breakdown of your answer." : $"Your answer to \u201C{entry.BuyerLine}\u201D, in full.";
        return TurnStep.Reply(context.State, DrillMessages.ScoreCard(card, headline)) with { SourceUpdate = SourceMessageUpdate.Keep };
    }
}
