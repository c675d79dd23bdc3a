using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// <c>nominate</c> (the button under an 85+ score card): adds the answer to the tenant's playbook as pending and tells
/// every manager of the tenant who can be reached (active conversation reference in the roster).
/// </summary>
public sealed class NominateHandler(ContentCatalog content, IPlaybookStore playbook, IRoleDirectory roles, IConversationReferenceStore roster, IConversationStore conversations) : ICommandHandler
{
    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Nominate];

    public async Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var state = context.State;
        var candidate = state.Candidates.FirstOrDefault(c => c.Id == command.Argument);
        if (candidate is null)
        {
            return TurnStep.Reply(state, OutboundMessage.Plain("I can't find that answer any more. Answers scoring 85+ in a drill can be nominated right after they're scored."));
        }

        if (candidate.Nominated)
        {
            return TurnStep.Reply(state, OutboundMessage.Plain("Already nominated \u2014 a manager will review it."));
        }

        // The answer and the buyer's line are in the transcript entry of the turn that scored them (one point read).
        var scored = await conversations.GetTranscriptEntryAsync(state.User, candidate.Turn, cancellationToken);
        if (scored is not { UserText: { } answer, BuyerLine: { } objection })
        {
            return TurnStep.Reply(state with { Candidates = state.Candidates.Where(c => c.Id != candidate.Id).ToList() }, OutboundMessage.Plain("I can't find that answer any more. Answers scoring 85+ in a drill can be nominated right after they're scored."));
        }

        var entry = new PlaybookEntry
        {
            Id = candidate.Id,
            TenantKey = state.User.TenantKey,
            CategoryId = candidate.CategoryId,
            PhrasingId = candidate.PhrasingId,
            // The objection the answer handled, as the buyer first voiced it: after a pushback the transcript's buyer line is
            // the pushback, which the answer replied to but which is not the objection.
            Objection = content.FindPhrasing(candidate.PhrasingId)?.Text ?? objection,
            Answer = answer.Trim(),
            Score = candidate.Score,
            RubricVersion = candidate.RubricVersion,
            Seller = state.User,
            SellerName = state.DisplayName,
            NominatedAt = context.Now,
            Status = PlaybookStatus.Pending,
        };

        // Idempotent: if a previous try added it but didn't get to mark the candidate, adding again is a no-op.
        await playbook.TryAddAsync(entry, cancellationToken);
        var candidates = state.Candidates.Select(c => c.Id == candidate.Id ? c with { Nominated = true } : c).ToList();
        var reply = new OutboundMessage
        {
            Text = $"Nominated your {candidate.Score}/100 answer for the team playbook. A manager will review it; once approved it shows up as a model answer for teammates drilling {PlaybookCards.CategoryName(content, candidate.CategoryId)}.",
            Actions = state.Session is null ? [DrillMessages.Practice(null)] : [],
        };
        return TurnStep.Reply(state with { Candidates = candidates }, reply) with { FollowUps = await TellManagersAsync(entry, cancellationToken) };
    }

    private async Task<IReadOnlyList<ProactiveRequest>> TellManagersAsync(PlaybookEntry entry, CancellationToken cancellationToken)
    {
        var managers = (await roster.ListAsync(entry.TenantKey, cancellationToken))
            .Where(r => r.Reference.Active && r.User != entry.Seller && roles.IsManager(r.User))
            .ToList();
        var card = PlaybookCards.Nomination(
            content,
            entry,
            "New playbook nomination",
            $"{PlaybookCards.SellerName(entry)} nominated a {entry.Score}/100 answer to a {PlaybookCards.CategoryName(content, entry.CategoryId)} objection for the team playbook.",
            reviewAll: true);
        return managers.Select(m => new ProactiveRequest
        {
            User = m.User,
            Reason = PlaybookCards.NominationReason,
            IdempotencyKey = $"{PlaybookCards.NominationReason}:{entry.Id}",
            Messages = [card],
        }).ToList();
    }
}
