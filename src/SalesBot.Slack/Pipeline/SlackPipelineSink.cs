using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Api;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Modals;
using SalesBot.Slack.Outbound;

namespace SalesBot.Slack.Pipeline;

/// <summary>
/// Plugs Slack into the two-way turn pipeline (<see cref="ITurnPipeline"/>). Every user is
/// <c>UserKey("slack", team, user)</c>; the turn's conversation reference carries the workspace, the enterprise, the bot
/// user id, the DM channel when the request names it, and the user's time zone, locale and name from the
/// <see cref="SlackUserDirectory"/>. The turn's message id is Slack's delivery id (<c>event_id</c>, <c>trigger_id</c>),
/// so a retried delivery is processed once.
/// <list type="bullet">
/// <item>A DM or a button press is queued in the pipeline before Slack is answered: accepted or duplicate → 200, a full
/// or stopping pipeline → 503 and Slack retries. Only a user seen for the first time (by this process) is deferred: the
/// request is acknowledged, <c>users.info</c> is asked for their time zone, then the turn is queued.</item>
/// <item><c>/salesbot</c> with <c>help</c>, <c>progress</c>, <c>playbook</c> or <c>review</c> (or nothing) answers in
/// place: an immediate ephemeral acknowledgement, then the turn's replies through the command's <c>response_url</c>
/// (ephemeral). Anything else (<c>practice price</c>, <c>roleplay</c>, <c>stop</c>, an answer…) runs in the DM, where
/// drills live; the acknowledgement says so.</item>
/// <item>An @-mention in a channel runs in the DM too (practice is private); the mention gets an ephemeral pointer.</item>
/// <item><c>app_home_opened</c> publishes the Home tab from the stored state (a first visit also runs an
/// <see cref="TurnKind.Installed"/> turn: the welcome). <c>app_uninstalled</c> and a revoked bot token mark every user of
/// the workspace's roster unreachable (a <see cref="TurnKind.Removed"/> turn each).</item>
/// <item>Modal submissions go to the <see cref="ISlackModalHandler"/> registered for their <c>callback_id</c>; registered
/// <see cref="ISlackSubcommand"/>s take their <c>/salesbot</c> subcommand.</item>
/// </list>
/// </summary>
public sealed partial class SlackPipelineSink(
    ITurnPipeline pipeline,
    SlackUserDirectory users,
    SlackPressedMessages pressed,
    SlackMessenger messenger,
    ISlackDelay delay,
    TimeProvider time,
    IEnumerable<ISlackModalHandler> modals,
    IEnumerable<ISlackSubcommand> subcommands,
    ILogger<SlackPipelineSink> logger,
    SlackHomePublisher? home = null,
    IConversationReferenceStore? roster = null) : ISlackTurnSink
{
    public const string DirectMessageAck = ":speech_balloon: On it. We'll continue in our direct messages.";
    internal static readonly TimeSpan BusyRetryDelay = TimeSpan.FromMilliseconds(200);
    internal const int BusyRetries = 150;
    private const string InstallRemovedReason = "slack app_uninstalled";
    private const string TokenRevokedReason = "slack tokens_revoked";

    private readonly Dictionary<string, ISlackModalHandler> _modals = modals.ToDictionary(m => m.CallbackId, StringComparer.Ordinal);
    private readonly Dictionary<string, ISlackSubcommand> _subcommands = subcommands.ToDictionary(c => c.Name.ToLowerInvariant(), StringComparer.Ordinal);

    public async ValueTask<SlackAdmission> AdmitAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        switch (inbound)
        {
            case SlackMessageReceived { IsMention: false } message when users.TryGet(message.Team, message.User, out var facts):
                return await AdmitTurnAsync(MessageTurn(message, facts), cancellationToken);
            case SlackBlockAction { Form: { } form, TriggerId: { } triggerId } formAction:
                // A form's button: the modal opens now (the trigger id is valid for 3 s); its submission runs the turn.
                Remember(formAction);
                await OpenFormAsync(formAction, form, triggerId, cancellationToken);
                return SlackAdmission.Accepted;
            case SlackBlockAction action:
                Remember(action);
                return users.TryGet(action.Team, action.User, out var actionFacts)
                    ? await AdmitTurnAsync(ActionTurn(action, actionFacts), cancellationToken)
                    : SlackAdmission.Deferred;
            case SlackSlashCommand command:
                if (command.Subcommand is { } name && _subcommands.ContainsKey(name))
                {
                    return new SlackAdmission(SlackAdmissionKind.Deferred, CommandAck: "");
                }

                if (AnswersInPlace(command.Text))
                {
                    return SlackAdmission.Deferred;
                }

                if (!users.TryGet(command.Team, command.User, out var commandFacts))
                {
                    return new SlackAdmission(SlackAdmissionKind.Deferred, DirectMessageAck);
                }

                var admitted = await AdmitTurnAsync(CommandTurn(command, commandFacts), cancellationToken);
                return admitted with { CommandAck = DirectMessageAck };
            case SlackViewClosed or SlackShortcut:
                // Nothing in SalesBot listens for these yet: acknowledged and dropped.
                return SlackAdmission.Accepted;
            default:
                return SlackAdmission.Deferred;
        }
    }

    public async Task HandleAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        switch (inbound)
        {
            case SlackMessageReceived message:
                var facts = await users.GetAsync(message.Team, message.User, cancellationToken);
                if (message.IsMention)
                {
                    await PointToDirectMessageAsync(message, cancellationToken);
                }

                await EnqueueAsync(MessageTurn(message, facts), cancellationToken);
                break;
            case SlackBlockAction action:
                await EnqueueAsync(ActionTurn(action, await users.GetAsync(action.Team, action.User, cancellationToken)), cancellationToken);
                break;
            case SlackSlashCommand command:
                await HandleCommandAsync(command, cancellationToken);
                break;
            case SlackAppHomeOpened opened:
                await HomeOpenedAsync(opened, cancellationToken);
                break;
            case SlackAppUninstalled:
                await RemoveWorkspaceAsync(inbound, InstallRemovedReason, cancellationToken);
                break;
            case SlackTokensRevoked { BotUserIds.Count: > 0 }:
                await RemoveWorkspaceAsync(inbound, TokenRevokedReason, cancellationToken);
                break;
        }
    }

    public async Task<SlackViewSubmissionResult> SubmitViewAsync(SlackViewSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.CallbackId == SlackFormModal.CallbackId)
        {
            return await SubmitFormAsync(submission, cancellationToken);
        }

        if (submission.CallbackId is { } callbackId && _modals.TryGetValue(callbackId, out var handler))
        {
            return await handler.SubmitAsync(submission, cancellationToken);
        }

        LogUnknownModal(logger, submission.CallbackId);
        return SlackViewSubmissionResult.Close;
    }

    private async Task OpenFormAsync(SlackBlockAction action, SlackForm form, string triggerId, CancellationToken cancellationToken)
    {
        var metadata = new SlackFormMetadata(action.Action.Id, action.Source.IsView ? null : action.Source.ChannelId, action.Action.SourceMessageId, form);
        try
        {
            await messenger.OpenModalAsync(action.Team, triggerId, SlackFormModal.View(metadata), cancellationToken);
        }
        catch (SlackApiException ex)
        {
            LogFormNotOpened(logger, action.Action.Id, ex.Error);
        }
        catch (ArgumentException ex)
        {
            LogFormNotOpened(logger, action.Action.Id, ex.Message);
        }
    }

    /// <summary>
    /// A form modal was submitted: field errors keep it open (nothing runs); valid values close it and queue the turn as
    /// the button's press with the values (the button's own data wins on a clash); the replies go to the user's DM.
    /// </summary>
    private async Task<SlackViewSubmissionResult> SubmitFormAsync(SlackViewSubmission submission, CancellationToken cancellationToken)
    {
        if (SlackFormModal.DecodeMetadata(submission.PrivateMetadata) is not { } metadata)
        {
            LogUnknownModal(logger, submission.CallbackId);
            return SlackViewSubmissionResult.Close;
        }

        var errors = SlackFormModal.Validate(metadata.Form, submission.Values, out var values);
        if (errors.Count > 0)
        {
            return SlackViewSubmissionResult.Errors(errors);
        }

        var data = new Dictionary<string, string>(values, StringComparer.Ordinal);
        foreach (var (key, value) in metadata.Form.Data)
        {
            data[key] = value;
        }

        var facts = users.TryGet(submission.Team, submission.User, out var known) ? known : await users.GetAsync(submission.Team, submission.User, cancellationToken);
        var conversation = metadata.ChannelId is { } channel && channel.StartsWith('D') ? channel : null;
        var turn = Turn(submission, submission.User, facts, conversation, null) with
        {
            Action = new ActionInvocation(metadata.ActionId, data) { SourceMessageId = metadata.MessageTs },
        };
        if ((await AdmitTurnAsync(turn, cancellationToken)).Kind == SlackAdmissionKind.Busy)
        {
            return SlackViewSubmissionResult.Errors((metadata.Form.Fields[0].Id, "SalesBot is busy right now. Please submit again in a moment."));
        }

        return SlackViewSubmissionResult.ClearAll;
    }

    /// <summary>
    /// Whether <c>/salesbot &lt;text&gt;</c> answers in place (ephemeral, through <c>response_url</c>): looking things up
    /// (<c>help</c>, <c>progress</c>, <c>playbook</c>, <c>review</c>, nothing). Practising happens in the DM.
    /// </summary>
    public static bool AnswersInPlace(string text) =>
        string.IsNullOrWhiteSpace(text)
        || CommandParser.Parse(text, inDrill: false) is Command { Kind: CommandKind.Help or CommandKind.Greeting or CommandKind.Progress or CommandKind.Playbook or CommandKind.Review };

    private async ValueTask<SlackAdmission> AdmitTurnAsync(InboundTurn turn, CancellationToken cancellationToken) =>
        await pipeline.EnqueueAsync(turn, cancellationToken) switch
        {
            EnqueueResult.Accepted or EnqueueResult.Duplicate => SlackAdmission.Accepted,
            _ => SlackAdmission.Busy,
        };

    /// <summary>
    /// Queues a turn from a background lane (Slack was acknowledged already): a full pipeline is waited out (the lane
    /// stalls, so new requests for its users meet a full lane and get 503); a stopping one drops the turn, as a crash
    /// after the acknowledgement would.
    /// </summary>
    private async Task EnqueueAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await pipeline.EnqueueAsync(turn, cancellationToken);
            if (result is EnqueueResult.Accepted or EnqueueResult.Duplicate)
            {
                return;
            }

            if (result == EnqueueResult.ShuttingDown || attempt >= BusyRetries)
            {
                LogDropped(logger, turn.Kind, result);
                return;
            }

            await delay.DelayAsync(BusyRetryDelay, cancellationToken);
        }
    }

    private async Task HandleCommandAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        if (command.Subcommand is { } name && _subcommands.TryGetValue(name, out var subcommand))
        {
            await subcommand.HandleAsync(command, cancellationToken);
            return;
        }

        var facts = await users.GetAsync(command.Team, command.User, cancellationToken);
        var turn = CommandTurn(command, facts);
        if (!AnswersInPlace(command.Text))
        {
            await EnqueueAsync(turn, cancellationToken);
            return;
        }

        var result = await pipeline.ProcessAsync(turn, TurnDelivery.Caller, cancellationToken);
        IReadOnlyList<OutboundMessage> replies = result.Status switch
        {
            TurnStatus.Overloaded or TurnStatus.ShuttingDown => [OutboundMessage.Plain("SalesBot is busy right now. Please try again in a moment.")],
            _ => result.Replies,
        };
        await AnswerInPlaceAsync(command, replies, cancellationToken);
    }

    /// <summary>The replies as ephemeral messages through the command's <c>response_url</c> (Slack allows 5 uses).</summary>
    private async Task AnswerInPlaceAsync(SlackSlashCommand command, IReadOnlyList<OutboundMessage> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies.Take(4))
        {
            try
            {
                if (command.ResponseUrl is { } url)
                {
                    await messenger.RespondAsync(url, reply, SlackResponseMode.Ephemeral, cancellationToken);
                }
                else
                {
                    await messenger.PostEphemeralAsync(command.Team, command.ChannelId, command.User, reply, cancellationToken);
                }
            }
            catch (SlackApiException ex)
            {
                LogAnswerFailed(logger, command.Team.TeamId, ex.Error);
                return;
            }
        }
    }

    private async Task HomeOpenedAsync(SlackAppHomeOpened opened, CancellationToken cancellationToken)
    {
        var facts = await users.GetAsync(opened.Team, opened.User, cancellationToken);
        var turn = Turn(opened, opened.User, facts, opened.ChannelId, null) with { Kind = TurnKind.Installed };
        if (home is null)
        {
            await EnqueueAsync(turn, cancellationToken);
            return;
        }

        var state = await home.PublishAsync(turn.User, opened.Team, cancellationToken);
        if (state?.Reference is not { Active: true })
        {
            // First visit (or back after being unreachable): store the reference and welcome them in the DM.
            await EnqueueAsync(turn, cancellationToken);
        }
    }

    private async Task RemoveWorkspaceAsync(SlackInbound inbound, string reason, CancellationToken cancellationToken)
    {
        if (roster is null)
        {
            return;
        }

        var entries = await roster.ListAsync(new UserKey(SlackChannelMessenger.ChannelName, inbound.Team.TeamId, "-").TenantKey, cancellationToken);
        var marked = 0;
        foreach (var entry in entries.Where(e => e.Reference.Active))
        {
            await EnqueueAsync(
                new InboundTurn
                {
                    User = entry.User,
                    Reference = entry.Reference with { InactiveReason = reason },
                    Kind = TurnKind.Removed,
                    MessageId = inbound.Delivery.DeliveryId,
                },
                cancellationToken);
            marked++;
        }

        LogWorkspaceRemoved(logger, inbound.Team.TeamId, marked);
    }

    private async Task PointToDirectMessageAsync(SlackMessageReceived mention, CancellationToken cancellationToken)
    {
        try
        {
            await messenger.PostEphemeralAsync(mention.Team, mention.ChannelId, mention.User, OutboundMessage.Plain("I'll answer in our direct messages, so your practice stays between us."), cancellationToken);
        }
        catch (SlackApiException ex)
        {
            LogAnswerFailed(logger, mention.Team.TeamId, ex.Error);
        }
    }

    private void Remember(SlackBlockAction action)
    {
        if (action.Source is { IsView: false, MessageTs: { } ts })
        {
            pressed.Remember(action.Team.TeamId, ts, new SlackPressedMessage(
                action.Source.ChannelId,
                action.Source.IsEphemeral,
                action.ResponseUrl,
                action.Source.MessageText,
                action.Source.MessageBlocks,
                time.GetUtcNow()));
        }
    }

    private static InboundTurn MessageTurn(SlackMessageReceived message, SlackUserFacts? facts) =>
        Turn(message, message.User, facts, message.IsMention ? null : message.ChannelId, null) with { Text = message.Text };

    private static InboundTurn ActionTurn(SlackBlockAction action, SlackUserFacts? facts)
    {
        // A non-ephemeral message in a D… channel with the bot's buttons is the bot's DM with this user.
        var conversation = action.Source is { IsView: false, IsEphemeral: false, ChannelId: { } channel } && channel.StartsWith('D') ? channel : null;
        return Turn(action, action.User, facts, conversation, action.UserName) with { Action = action.Action };
    }

    private static InboundTurn CommandTurn(SlackSlashCommand command, SlackUserFacts? facts) =>
        Turn(command, command.User, facts, null, command.UserName) with { Text = command.Text.Length == 0 ? "help" : command.Text };

    private static InboundTurn Turn(SlackInbound inbound, string userId, SlackUserFacts? facts, string? conversationId, string? userName) => new()
    {
        User = new UserKey(SlackChannelMessenger.ChannelName, inbound.Team.TeamId, userId),
        Reference = new ConversationReference
        {
            Channel = SlackChannelMessenger.ChannelName,
            TenantId = inbound.Team.TeamId,
            ChannelUserId = userId,
            EnterpriseId = inbound.Team.EnterpriseId,
            ConversationId = conversationId,
            BotId = inbound.BotUserId,
            Locale = facts?.Locale,
            TimeZone = facts?.TimeZone,
        },
        UserName = facts?.DisplayName ?? userName,
        MessageId = inbound.Delivery.DeliveryId,
    };

    [LoggerMessage(EventId = 7830, Level = LogLevel.Warning, Message = "Slack {Kind} turn dropped after Slack was acknowledged: the pipeline answered {Result}")]
    private static partial void LogDropped(ILogger logger, TurnKind kind, EnqueueResult result);

    [LoggerMessage(EventId = 7831, Level = LogLevel.Warning, Message = "Slack answer in place failed for workspace {TeamId}: {Error}")]
    private static partial void LogAnswerFailed(ILogger logger, string teamId, string error);

    [LoggerMessage(EventId = 7832, Level = LogLevel.Information, Message = "Slack workspace {TeamId} removed the app: {Count} users marked unreachable")]
    private static partial void LogWorkspaceRemoved(ILogger logger, string teamId, int count);

    [LoggerMessage(EventId = 7834, Level = LogLevel.Warning, Message = "Slack form for {ActionId} could not be opened as a modal: {Error}")]
    private static partial void LogFormNotOpened(ILogger logger, string actionId, string error);

    [LoggerMessage(EventId = 7833, Level = LogLevel.Information, Message = "Slack modal {CallbackId} submitted; no handler is registered for it, so it is closed")]
    private static partial void LogUnknownModal(ILogger logger, string? callbackId);
}
