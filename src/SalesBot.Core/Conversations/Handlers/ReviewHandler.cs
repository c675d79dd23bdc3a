using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// Managers' <c>review</c>, <c>approve</c> and <c>reject</c>. A decision replaces the pressed card with "✓ Approved by …"
/// (no buttons) and tells the seller.
/// </summary>
public sealed class ReviewHandler(ContentCatalog content, IPlaybookStore playbook, IRoleDirectory roles) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Review, CommandKind.Approve, CommandKind.Reject];

    public async Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        return command.Kind == CommandKind.Review
            ? TurnStep.Reply(context.State, await ReviewAsync(context.State, cancellationToken))
            : await DecideAsync(context, command, cancellationToken);
    }

    private async Task<OutboundMessage> ReviewAsync(UserState state, CancellationToken cancellationToken)
    {
        if (!roles.IsManager(state.User))
        {
            return OutboundMessage.Plain("Only managers review playbook nominations. Ask your SalesBot admin to add you as a manager.");
        }

        var pending = (await playbook.ListAsync(state.User.TenantKey, cancellationToken))
            .Where(e => e.Status == PlaybookStatus.Pending)
            .OrderBy(e => e.NominatedAt)
            .ToList();
        if (pending.Count == 0)
        {
            return OutboundMessage.Plain("No nominations waiting for review.");
        }

        var first = pending[0];
        return PlaybookCards.Nomination(
            content,
            first,
            $"Playbook review: {pending.Count} waiting",
            $"Oldest first. {PlaybookCards.SellerName(first)} scored {first.Score}/100 ({PlaybookCards.CategoryName(content, first.CategoryId)}).",
            reviewAll: false);
    }

    private async Task<TurnStep> DecideAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (!roles.IsManager(state.User))
        {
            return TurnStep.Reply(state, OutboundMessage.Plain("Only managers can approve or reject playbook answers."));
        }

        if (command.Argument is null || await playbook.GetAsync(state.User.TenantKey, command.Argument, cancellationToken) is not { } stored)
        {
            return TurnStep.Reply(state, OutboundMessage.Plain("I can't find that nomination. Type `review` to see what's waiting."));
        }

        if (stored.Entry.Status != PlaybookStatus.Pending)
        {
            // Decided already (by someone else, or a second press): show the card as decided.
            return TurnStep.Reply(state, OutboundMessage.Plain($"That answer was already {stored.Entry.Status.ToString().ToLowerInvariant()}."))
                with { SourceUpdate = SourceMessageUpdate.Replace(PlaybookCards.Decided(content, stored.Entry, Reviewer(stored.Entry))) };
        }

        var approve = command.Kind == CommandKind.Approve;
        var decided = stored.Entry with
        {
            Status = approve ? PlaybookStatus.Approved : PlaybookStatus.Rejected,
            ReviewedBy = state.User,
            ReviewedByName = state.DisplayName,
            ReviewedAt = context.Now,
        };
        try
        {
            await playbook.ReplaceAsync(decided, stored.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return TurnStep.Reply(state, OutboundMessage.Plain("Someone else reviewed that answer at the same moment. Type `review` to see what's left."));
        }

        var category = PlaybookCards.CategoryName(content, decided.CategoryId);
        var reviewer = Reviewer(decided);
        var reply = new OutboundMessage
        {
            Text = approve
                ? $"Approved. Teammates drilling {category} will now see it as a model answer."
                : "Rejected. It stays out of the playbook.",
            Actions = [new MessageAction(DrillMessages.ActionReview, "Next nomination")],
        };
        var toSeller = new ProactiveRequest
        {
            User = decided.Seller,
            Reason = PlaybookCards.DecisionReason,
            IdempotencyKey = $"{PlaybookCards.DecisionReason}:{decided.Id}",
            Messages =
            [
                new OutboundMessage
                {
                    Title = approve ? "Your answer is in the team playbook" : "Your nominated answer was reviewed",
                    Text = approve
                        ? $"{reviewer} approved your {decided.Score}/100 answer to a {category} objection. Teammates drilling {category} will now see it as a model answer."
                        : $"{reviewer} reviewed your {decided.Score}/100 answer to a {category} objection and kept it out of the playbook this time. Answers scoring 85+ can be nominated again.",
                    Actions = [MessageAction.With(DrillMessages.ActionPlaybook, $"Playbook: {decided.CategoryId}", "category", decided.CategoryId)],
                },
            ],
        };
        return TurnStep.Reply(state, reply) with
        {
            SourceUpdate = SourceMessageUpdate.Replace(PlaybookCards.Decided(content, decided, reviewer)),
            FollowUps = decided.Seller == state.User ? [] : [toSeller],
        };
    }

    private static string Reviewer(PlaybookEntry entry) => entry.ReviewedByName ?? entry.ReviewedBy?.UserId ?? "a manager";
}
