using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Api;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Inbound.Wire;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Json;
using SalesBot.Slack.Modals;

namespace SalesBot.Slack.Inbound;

/// <summary>
/// Turns verified Slack requests (Events API bodies, slash-command fields, interactivity payloads) into
/// <see cref="SlackInbound"/> items, offers each to the sink before answering (<see cref="ISlackTurnSink.AdmitAsync"/>:
/// handed on at once, deferred to a background lane, or refused with 503 so Slack retries) and produces the
/// acknowledgement. HTTP endpoints and the Socket Mode client both call this, so the two transports behave the same.
/// Nothing here touches the network.
/// </summary>
internal sealed partial class SlackInboundHandler(
    SlackInboundQueue queue,
    ISlackTurnSink sink,
    SlackBotIdentity identity,
    IOptions<SlackOptions> options,
    ILogger<SlackInboundHandler> logger)
{
    public async ValueTask<SlackAck> HandleEventAsync(ReadOnlyMemory<byte> json, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        EventCallbackWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(json.Span, SlackJsonContext.Default.EventCallbackWire);
        }
        catch (JsonException ex)
        {
            return SlackAck.Bad("Malformed JSON: " + ex.Message);
        }

        if (wire?.Type is null)
        {
            return SlackAck.Bad("Not a Slack Events API body: 'type' is missing.");
        }

        switch (wire.Type)
        {
            case "url_verification":
                return string.IsNullOrEmpty(wire.Challenge) ? SlackAck.Bad("url_verification without a challenge.") : SlackAck.OfText(wire.Challenge);
            case "event_callback":
                break;
            default:
                LogIgnored(logger, wire.Type, null);
                return SlackAck.Empty;
        }

        var authorization = wire.Authorizations is { Count: > 0 } list ? list[0] : null;
        var teamId = wire.TeamId ?? authorization?.TeamId;
        if (string.IsNullOrEmpty(teamId))
        {
            return SlackAck.Bad("event_callback without team_id.");
        }

        if (wire.Event is not { ValueKind: JsonValueKind.Object } evt)
        {
            return SlackAck.Bad("event_callback without an event object.");
        }

        var type = evt.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
        var team = new SlackTeamRef(teamId, wire.EnterpriseId ?? authorization?.EnterpriseId, authorization?.IsEnterpriseInstall ?? false, wire.ApiAppId);
        delivery = delivery with { DeliveryId = wire.EventId };
        SlackInbound? inbound;
        try
        {
            inbound = type switch
            {
                "message" => DirectMessage(evt.Deserialize(SlackJsonContext.Default.InnerEventWire), wire, team, delivery),
                "app_mention" => Mention(evt.Deserialize(SlackJsonContext.Default.InnerEventWire), wire, team, delivery),
                "app_home_opened" => HomeOpened(evt.Deserialize(SlackJsonContext.Default.InnerEventWire), team, delivery),
                "app_uninstalled" => new SlackAppUninstalled { Team = team, Delivery = delivery },
                "tokens_revoked" => Revoked(evt.Deserialize(SlackJsonContext.Default.TokensRevokedWire), team, delivery),
                _ => null,
            };
        }
        catch (JsonException ex)
        {
            return SlackAck.Bad($"Malformed {type} event: {ex.Message}");
        }

        if (inbound is null)
        {
            LogIgnored(logger, wire.Type, type);
            return SlackAck.Empty;
        }

        var botUserId = authorization is { IsBot: true, UserId: { Length: > 0 } authorized } ? authorized : identity.BotUserId;
        return await AdmitAsync(inbound with { BotUserId = botUserId }, cancellationToken);
    }

    public async ValueTask<SlackAck> HandleCommandAsync(IReadOnlyDictionary<string, string> fields, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.GetValueOrDefault("ssl_check") == "1")
        {
            return SlackAck.Empty;
        }

        foreach (var required in (string[])["command", "team_id", "user_id", "channel_id"])
        {
            if (string.IsNullOrEmpty(fields.GetValueOrDefault(required)))
            {
                return SlackAck.Bad($"The slash command is missing '{required}'.");
            }
        }

        var command = new SlackSlashCommand
        {
            Team = new SlackTeamRef(fields["team_id"], NullIfEmpty(fields.GetValueOrDefault("enterprise_id")), fields.GetValueOrDefault("is_enterprise_install") == "true", NullIfEmpty(fields.GetValueOrDefault("api_app_id"))),
            Delivery = delivery with { DeliveryId = NullIfEmpty(fields.GetValueOrDefault("trigger_id")) },
            Command = fields["command"],
            Text = fields.GetValueOrDefault("text")?.Trim() ?? "",
            User = fields["user_id"],
            UserName = NullIfEmpty(fields.GetValueOrDefault("user_name")),
            ChannelId = fields["channel_id"],
            ChannelName = NullIfEmpty(fields.GetValueOrDefault("channel_name")),
            ResponseUrl = AbsoluteUri(fields.GetValueOrDefault("response_url")),
            TriggerId = NullIfEmpty(fields.GetValueOrDefault("trigger_id")),
            BotUserId = identity.BotUserId,
        };

        var (ack, admission) = await AdmitCoreAsync(command, cancellationToken);
        if (ack.Kind != SlackAckKind.Empty)
        {
            return ack;
        }

        if (admission?.CommandAck is { Length: 0 })
        {
            return SlackAck.Empty;
        }

        var echo = command.Text.Length == 0 ? command.Command : command.Command + " " + command.Text;
        var text = admission?.CommandAck ?? $":hourglass_flowing_sand: Working on `{SlackMrkdwn.Escape(SlackMrkdwn.Truncate(echo, 200).Replace('`', '\''))}`\u2026";
        var reply = new SlackResponseUrlMessage(text, null) { ResponseType = SlackResponseUrlMessage.Ephemeral };
        return SlackAck.OfJson(JsonSerializer.SerializeToUtf8Bytes(reply, SlackJsonContext.Default.SlackResponseUrlMessage));
    }

    public async Task<SlackAck> HandleInteractionAsync(ReadOnlyMemory<byte> json, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        InteractionWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(json.Span, SlackJsonContext.Default.InteractionWire);
        }
        catch (JsonException ex)
        {
            return SlackAck.Bad("Malformed interaction payload: " + ex.Message);
        }

        if (wire?.Type is null)
        {
            return SlackAck.Bad("Not a Slack interaction payload: 'type' is missing.");
        }

        var teamId = wire.Team?.Id ?? wire.User?.TeamId;
        var userId = wire.User?.Id;
        if (string.IsNullOrEmpty(teamId) || string.IsNullOrEmpty(userId))
        {
            return SlackAck.Bad("The interaction payload has no team or user.");
        }

        var team = new SlackTeamRef(teamId, wire.Enterprise?.Id ?? wire.Team?.EnterpriseId, wire.IsEnterpriseInstall ?? false, wire.ApiAppId);
        delivery = delivery with { DeliveryId = wire.TriggerId ?? wire.ActionTs };
        switch (wire.Type)
        {
            case "block_actions":
                return await BlockActionsAsync(wire, team, userId, delivery, cancellationToken);
            case "view_submission":
                return await ViewSubmissionAsync(wire, team, userId, delivery, cancellationToken);
            case "view_closed":
                return await AdmitAsync(new SlackViewClosed
                {
                    Team = team,
                    Delivery = delivery,
                    User = userId,
                    ViewId = wire.View?.Id,
                    CallbackId = wire.View?.CallbackId,
                    PrivateMetadata = wire.View?.PrivateMetadata,
                    IsCleared = wire.IsCleared ?? false,
                }, cancellationToken);
            case "shortcut":
            case "message_action":
                return await AdmitAsync(new SlackShortcut
                {
                    Team = team,
                    Delivery = delivery,
                    Kind = wire.Type,
                    CallbackId = wire.CallbackId,
                    User = userId,
                    TriggerId = wire.TriggerId,
                    ChannelId = wire.Channel?.Id,
                    MessageTs = wire.Message?.Ts,
                    ResponseUrl = AbsoluteUri(wire.ResponseUrl),
                }, cancellationToken);
            default:
                LogIgnored(logger, "interaction", wire.Type);
                return SlackAck.Empty;
        }
    }

    private async ValueTask<SlackAck> BlockActionsAsync(InteractionWire wire, SlackTeamRef team, string userId, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        var actions = wire.Actions ?? [];
        var source = new SlackActionSource
        {
            ChannelId = wire.Container?.ChannelId ?? wire.Channel?.Id,
            MessageTs = wire.Container?.MessageTs ?? wire.Message?.Ts,
            IsEphemeral = wire.Container?.IsEphemeral ?? false,
            ViewId = wire.Container?.ViewId ?? (wire.Container?.Type == "view" ? wire.View?.Id : null),
            MessageText = wire.Message?.Text,
            MessageBlocks = wire.Message?.Blocks is { ValueKind: JsonValueKind.Array } blocks ? blocks : null,
        };
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            if (string.IsNullOrEmpty(action.ActionId))
            {
                return SlackAck.Bad("block_actions entry without action_id.");
            }

            var isForm = SlackFormModal.TryDecode(action.ActionId, action.Value, out var formAction, out var form);
            var item = new SlackBlockAction
            {
                Team = team,
                Delivery = i == 0 ? delivery : delivery with { DeliveryId = delivery.DeliveryId + ":" + i },
                BotUserId = identity.BotUserId,
                User = userId,
                UserName = wire.User?.Username ?? wire.User?.Name,
                Action = (isForm ? formAction : SlackActionCodec.Decode(action.ActionId, action.Value)) with { SourceMessageId = source.IsView ? null : source.MessageTs },
                Form = isForm ? form : null,
                SlackActionId = action.ActionId,
                BlockId = action.BlockId,
                SelectedValue = action.SelectedOption?.Value ?? action.SelectedUser ?? action.SelectedConversation ?? action.SelectedChannel ?? action.SelectedDate,
                ActionTs = action.ActionTs,
                Source = source,
                ResponseUrl = AbsoluteUri(wire.ResponseUrl),
                TriggerId = wire.TriggerId,
            };
            if ((await AdmitAsync(item, cancellationToken)).Kind == SlackAckKind.Busy)
            {
                return SlackAck.Busy;
            }
        }

        return SlackAck.Empty;
    }

    private async Task<SlackAck> ViewSubmissionAsync(InteractionWire wire, SlackTeamRef team, string userId, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        if (wire.View?.Id is not { Length: > 0 } viewId)
        {
            return SlackAck.Bad("view_submission without a view id.");
        }

        var submission = new SlackViewSubmission
        {
            Team = team,
            Delivery = delivery,
            User = userId,
            ViewId = viewId,
            CallbackId = wire.View.CallbackId,
            PrivateMetadata = wire.View.PrivateMetadata,
            Hash = wire.View.Hash,
            Values = ToValues(wire.View.State),
            TriggerId = wire.TriggerId,
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ViewSubmissionTimeout);
        SlackViewSubmissionResult result;
        try
        {
            result = await sink.SubmitViewAsync(submission, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogViewTimedOut(logger, submission.CallbackId);
            return SlackAck.Empty;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogViewFailed(logger, submission.CallbackId, ex);
            return SlackAck.Empty;
        }

        if (result.ResponseAction is null)
        {
            return SlackAck.Empty;
        }

        var wireResult = new ViewResponseActionWire(result.ResponseAction) { Errors = result.FieldErrors, View = result.View };
        return SlackAck.OfJson(JsonSerializer.SerializeToUtf8Bytes(wireResult, SlackJsonContext.Default.ViewResponseActionWire));
    }

    private SlackMessageReceived? DirectMessage(InnerEventWire? e, EventCallbackWire wire, SlackTeamRef team, SlackDelivery delivery)
    {
        if (e is null || e.Subtype is not null || e.ChannelType != "im" || IsOwnOrBot(e, wire)
            || e.User is null || e.Channel is null || e.Ts is null || string.IsNullOrWhiteSpace(e.Text))
        {
            return null;
        }

        return new SlackMessageReceived
        {
            Team = team,
            Delivery = delivery,
            User = e.User,
            ChannelId = e.Channel,
            ChannelType = e.ChannelType,
            Text = SlackMrkdwn.Unescape(e.Text).Trim(),
            Ts = e.Ts,
            ThreadTs = e.ThreadTs,
        };
    }

    private SlackMessageReceived? Mention(InnerEventWire? e, EventCallbackWire wire, SlackTeamRef team, SlackDelivery delivery)
    {
        if (e is null || e.Subtype is not null || IsOwnOrBot(e, wire) || e.User is null || e.Channel is null || e.Ts is null || e.Text is null)
        {
            return null;
        }

        return new SlackMessageReceived
        {
            Team = team,
            Delivery = delivery,
            User = e.User,
            ChannelId = e.Channel,
            ChannelType = e.ChannelType,
            Text = SlackMrkdwn.Unescape(LeadingMentions().Replace(e.Text, "")).Trim(),
            Ts = e.Ts,
            ThreadTs = e.ThreadTs,
            IsMention = true,
        };
    }

    private static SlackAppHomeOpened? HomeOpened(InnerEventWire? e, SlackTeamRef team, SlackDelivery delivery) =>
        e?.User is null ? null : new SlackAppHomeOpened { Team = team, Delivery = delivery, User = e.User, ChannelId = e.Channel, Tab = e.Tab };

    private static SlackTokensRevoked Revoked(TokensRevokedWire? e, SlackTeamRef team, SlackDelivery delivery) => new()
    {
        Team = team,
        Delivery = delivery,
        BotUserIds = e?.Tokens?.Bot ?? [],
        OAuthUserIds = e?.Tokens?.Oauth ?? [],
    };

    /// <summary>The bot's own messages (by its user id from <c>authorizations</c> or <c>auth.test</c>) and any bot's.</summary>
    private bool IsOwnOrBot(InnerEventWire e, EventCallbackWire wire) =>
        e.BotId is not null
        || (e.User is not null && e.User == identity.BotUserId)
        || (wire.Authorizations?.Any(a => a.IsBot && a.UserId == e.User) ?? false);

    private async ValueTask<SlackAck> AdmitAsync(SlackInbound inbound, CancellationToken cancellationToken) =>
        (await AdmitCoreAsync(inbound, cancellationToken)).Ack;

    /// <summary>Offers the item to the sink; a deferred item goes to its lane. A full lane or a busy sink is a 503.</summary>
    private async ValueTask<(SlackAck Ack, SlackAdmission? Admission)> AdmitCoreAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        SlackAdmission admission;
        try
        {
            admission = await sink.AdmitAsync(inbound, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A sink that fails to admit leaves the item to the background lane (acknowledged, handled there).
            LogAdmitFailed(logger, inbound.GetType().Name, ex);
            admission = SlackAdmission.Deferred;
        }

        switch (admission.Kind)
        {
            case SlackAdmissionKind.Accepted:
                return (SlackAck.Empty, admission);
            case SlackAdmissionKind.Busy:
                LogSinkBusy(logger, inbound.GetType().Name);
                return (SlackAck.Busy, admission);
        }

        if (queue.TryEnqueue(inbound))
        {
            return (SlackAck.Empty, admission);
        }

        LogQueueFull(logger, inbound.GetType().Name);
        return (SlackAck.Busy, admission);
    }

    private static SlackViewValues ToValues(ViewStateWire? state)
    {
        if (state?.Values is not { Count: > 0 } values)
        {
            return SlackViewValues.Empty;
        }

        var result = new Dictionary<string, IReadOnlyDictionary<string, SlackViewValue>>(StringComparer.Ordinal);
        foreach (var (blockId, actions) in values)
        {
            var block = new Dictionary<string, SlackViewValue>(StringComparer.Ordinal);
            foreach (var (actionId, v) in actions)
            {
                var scalar = v.Value ?? v.SelectedOption?.Value ?? v.SelectedUser ?? v.SelectedConversation ?? v.SelectedChannel ?? v.SelectedDate ?? v.SelectedTime;
                IReadOnlyList<string> many = v.SelectedOptions?.Select(o => o.Value).OfType<string>().ToList() ?? v.SelectedUsers ?? [];
                block[actionId] = new SlackViewValue(v.Type ?? "unknown", scalar, many);
            }

            result[blockId] = block;
        }

        return new SlackViewValues(result);
    }

    private static Uri? AbsoluteUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && SlackApiClient.IsAllowedResponseUrl(uri) ? uri : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    [GeneratedRegex(@"^\s*(<@[A-Z0-9]+(\|[^>]*)?>\s*)+")]
    private static partial Regex LeadingMentions();

    [LoggerMessage(EventId = 7300, Level = LogLevel.Debug, Message = "Slack {Type} ({Inner}) ignored")]
    private static partial void LogIgnored(ILogger logger, string type, string? inner);

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Slack inbound queue full: {Kind} refused with 503 (Slack retries)")]
    private static partial void LogQueueFull(ILogger logger, string kind);

    [LoggerMessage(EventId = 7304, Level = LogLevel.Warning, Message = "Slack {Kind} refused with 503: the pipeline is busy or stopping (Slack retries)")]
    private static partial void LogSinkBusy(ILogger logger, string kind);

    [LoggerMessage(EventId = 7305, Level = LogLevel.Error, Message = "Slack {Kind}: the turn sink failed to admit it; it is handled on the background lane")]
    private static partial void LogAdmitFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "Slack view_submission {CallbackId} not answered in time; the modal is closed")]
    private static partial void LogViewTimedOut(ILogger logger, string? callbackId);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Error, Message = "Slack view_submission {CallbackId} failed in the sink; the modal is closed")]
    private static partial void LogViewFailed(ILogger logger, string? callbackId, Exception exception);
}
