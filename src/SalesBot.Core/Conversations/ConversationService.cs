using SalesBot.Core.Content;
using SalesBot.Core.Conversations.Handlers;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Conversations;

/// <summary>
/// The channel-neutral turn pipeline, thin: load the user's state, drop a message already processed, stamp the turn
/// (reference, processed id, counters), let the router and a feature handler decide, and commit the new state with the
/// turn's transcript entry (and the roster mirror when the reference changed) under the state's ETag. A conflicting
/// commit (another instance, a duplicate racing elsewhere) re-runs the turn on fresh state, so nothing is half-applied
/// and a duplicate that lost the race finds its id and is dropped. The caller holds the user's lock (see the host's
/// pipeline); this class never sends anything.
/// </summary>
public sealed class ConversationService(
    TurnRouter router,
    HelpHandler help,
    ContentCatalog content,
    IConversationStore store,
    TimeProvider time,
    IUserDataEraser? eraser = null)
{
    /// <summary>Commit attempts per turn: the first, plus re-runs after ETag conflicts.</summary>
    public const int MaxAttempts = 3;

    public const string InstalledEvent = "installed";
    public const string RemovedEvent = "removed";
    public const string RecipientGoneEvent = "recipient-gone";

    public async Task<HandledTurn> HandleAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        for (var attempt = 1; ; attempt++)
        {
            // The first attempt may use the store's copy of what it last committed: the turn takes effect only by committing
            // under that ETag, and a conflict re-runs it on a fresh read.
            var stored = attempt == 1
                ? await store.LoadForTurnAsync(turn.User, cancellationToken)
                : await store.LoadAsync(turn.User, cancellationToken);
            var now = time.GetUtcNow();
            if (turn.MessageId is { } messageId && stored is not null && stored.State.HasProcessed(messageId, now))
            {
                return HandledTurn.Duplicate;
            }

            if (turn.Kind == TurnKind.Removed && stored is null)
            {
                // Removed before we ever stored anything: nothing to mark.
                return HandledTurn.Nothing;
            }

            var before = stored?.State ?? UserState.New(turn.User, turn.UserName, now);
            var state = Stamp(before, turn, now);
            var context = new TurnContext(turn, state, now, stored is null);
            var step = turn.Kind switch
            {
                TurnKind.Removed => TurnStep.Reply(state),
                TurnKind.Installed => help.Installed(context, wasInactive: before.Reference is { Active: false }),
                _ => await router.RouteAsync(context, cancellationToken),
            };

            if (step.EraseUser)
            {
                if (attempt == 1)
                {
                    // Erasing commits nothing an ETag could guard: decide it again on a fresh read.
                    continue;
                }

                return await EraseAsync(turn, step, cancellationToken);
            }

            var record = new TurnRecord(Transcript(turn, step, now), step.Records) { Roster = RosterChange(before, step.State) };
            try
            {
                await store.CommitAsync(step.State, stored?.ETag, record, cancellationToken);
                var result = new TurnResult(step.Messages)
                {
                    SourceUpdate = turn.Action?.SourceMessageId is null ? null : step.SourceUpdate ?? SourceMessageUpdate.RetireActions,
                };
                return new HandledTurn(result, step.FollowUps) { Reference = step.State.Reference };
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another turn for this user landed first: re-run this one on the fresh state.
            }
        }
    }

    /// <summary>
    /// Commits a proactive message to the user's transcript (marked bot-initiated) and returns it with the reference to
    /// deliver it to; or says why not (no or inactive reference, duplicate idempotency key, nothing to say).
    /// </summary>
    public async Task<ProactiveTurn> CommitProactiveAsync(ProactiveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.LoadAsync(request.User, cancellationToken);
            if (stored?.State.Reference is not { } reference)
            {
                return ProactiveTurn.Refused(ProactiveStatus.NoReference);
            }

            if (!reference.Active)
            {
                return ProactiveTurn.Refused(ProactiveStatus.Inactive);
            }

            var now = time.GetUtcNow();
            if (request.IdempotencyKey is { } key && stored.State.HasProcessed(key, now))
            {
                return ProactiveTurn.Refused(ProactiveStatus.Duplicate);
            }

            var step = request.Compose is { } compose ? compose(stored.State, now) : new ProactiveStep(stored.State, request.Messages);
            if (step is null || step.Messages.Count == 0)
            {
                return ProactiveTurn.Refused(ProactiveStatus.Skipped);
            }

            var state = step.State with { Turns = stored.State.Turns + 1, Reference = reference };
            if (request.IdempotencyKey is { } idempotencyKey)
            {
                state = state.WithProcessed(idempotencyKey, now);
            }

            var entry = new TranscriptEntry
            {
                Id = TranscriptEntry.IdFor(state.Turns),
                User = request.User,
                Sequence = state.Turns,
                At = now,
                SessionId = state.Session?.Id,
                BotInitiated = true,
                Reason = request.Reason,
                Replies = step.Messages.Select(PlainText.Render).ToList(),
                ContentVersion = content.Version,
            };
            try
            {
                await store.CommitAsync(state, stored.ETag, new TurnRecord(entry, step.Records), cancellationToken);
                return new ProactiveTurn { Reference = reference, Messages = step.Messages };
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // The user wrote at the same moment (on another instance): compose again on the fresh state.
            }
        }
    }

    /// <summary>
    /// Marks the user's reference inactive after the platform said the recipient is gone (a messenger's
    /// <see cref="DeliveryStatus.RecipientGone"/>). Returns false when there was nothing to change.
    /// </summary>
    public async Task<bool> MarkUnreachableAsync(UserKey user, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.LoadAsync(user, cancellationToken);
            if (stored?.State.Reference is not { Active: true } reference)
            {
                return false;
            }

            var now = time.GetUtcNow();
            var state = stored.State with { Turns = stored.State.Turns + 1, Reference = reference.Deactivate(reason, now) };
            var entry = new TranscriptEntry
            {
                Id = TranscriptEntry.IdFor(state.Turns),
                User = user,
                Sequence = state.Turns,
                At = now,
                Event = RecipientGoneEvent,
                Reason = reason,
                Replies = [],
                ContentVersion = content.Version,
            };
            try
            {
                await store.CommitAsync(state, stored.ETag, new TurnRecord(entry, []) { Roster = RosterChange(stored.State, state) }, cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Re-read and try again.
            }
        }
    }

    /// <summary>"Forget me" confirmed: erase the user's records instead of committing the turn, then reply to the reference the turn came from.</summary>
    private async Task<HandledTurn> EraseAsync(InboundTurn turn, TurnStep step, CancellationToken cancellationToken)
    {
        if (eraser is null)
        {
            return new HandledTurn(new TurnResult([OutboundMessage.Plain("Deleting data isn't available on this installation. Please ask your SalesBot admin.")]), []) { Reference = turn.Reference };
        }

        await eraser.EraseAsync(turn.User, cancellationToken);
        var result = new TurnResult(step.Messages)
        {
            SourceUpdate = turn.Action?.SourceMessageId is null ? null : step.SourceUpdate ?? SourceMessageUpdate.RetireActions,
        };
        return new HandledTurn(result, []) { Reference = turn.Reference };
    }

    /// <summary>The state as this turn finds it: seen now, the user's latest name and reference, the message id remembered.</summary>
    private static UserState Stamp(UserState before, InboundTurn turn, DateTimeOffset now)
    {
        var reference = ConversationReference.Merge(before.Reference, turn.Reference, now);
        if (turn.Kind == TurnKind.Removed)
        {
            reference = before.Reference is { } stored ? stored.Deactivate(turn.Reference.InactiveReason ?? RemovedEvent, now) : reference.Deactivate(RemovedEvent, now);
        }

        var state = before with
        {
            LastSeen = turn.Kind == TurnKind.Removed ? before.LastSeen : now,
            DisplayName = string.IsNullOrWhiteSpace(turn.UserName) ? before.DisplayName : turn.UserName,
            Turns = before.Turns + 1,
            Reference = reference,
        };
        return turn.MessageId is { } id ? state.WithProcessed(id, now) : state;
    }

    /// <summary>The roster entry to mirror when the reference or the name changed; null (no roster write) otherwise.</summary>
    private static RosterEntry? RosterChange(UserState before, UserState after) =>
        after.Reference is { } reference && (reference != before.Reference || after.DisplayName != before.DisplayName)
            ? new RosterEntry(after.User, after.DisplayName, reference)
            : null;

    private TranscriptEntry Transcript(InboundTurn turn, TurnStep step, DateTimeOffset now)
    {
        var scoredIn = step.ScoredIn;
        var session = scoredIn ?? step.State.Session;
        return new TranscriptEntry
        {
            Id = TranscriptEntry.IdFor(step.State.Turns),
            User = turn.User,
            Sequence = step.State.Turns,
            At = now,
            SessionId = session?.Id ?? (step.Records.Count > 0 ? step.Records[^1].Id : null),
            UserText = turn.Text,
            ActionId = turn.Action?.Id,
            MessageId = turn.MessageId,
            Event = turn.Kind switch
            {
                TurnKind.Installed => InstalledEvent,
                TurnKind.Removed => RemovedEvent,
                _ => null,
            },
            Replies = step.Messages.Select(PlainText.Render).ToList(),
            Score = step.Score,
            RubricVersion = step.Score?.RubricVersion,
            ScenarioId = scoredIn?.ScenarioId,
            ScenarioVersion = scoredIn?.ScenarioVersion,
            StepId = scoredIn?.StepId,
            CategoryId = scoredIn?.CategoryId,
            PersonaId = scoredIn?.PersonaId,
            BuyerLine = scoredIn?.BuyerLine,
            ContentVersion = content.Version,
        };
    }
}
