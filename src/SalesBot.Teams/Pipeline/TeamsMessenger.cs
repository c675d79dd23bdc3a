using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Configuration;
using SalesBot.Teams.Connector;

namespace SalesBot.Teams.Pipeline;

/// <summary>
/// The pipeline's messenger for Teams, on <see cref="TeamsSender"/> (retries, 429 Retry-After, pacing and the serviceUrl
/// allow-list live in <see cref="ConnectorClient"/>). Sends go to the stored personal chat, or create it first
/// (<c>POST /v3/conversations</c>) when the reference has none. A 403 (blocked, uninstalled, not in the roster) or a 404
/// on a conversation is <see cref="DeliveryStatus.RecipientGone"/>: the pipeline marks the reference inactive.
/// Pressed cards: <see cref="SourceUpdateKind.Replace"/> is an <c>updateActivity</c> with the new card;
/// <see cref="SourceUpdateKind.RetireActions"/> re-sends the card's content without buttons plus "✓ You chose …" when
/// <see cref="TeamsCardMemory"/> still has it, and otherwise leaves the card unchanged (Teams can't drop buttons without
/// the card's content, and a press never carries it). Never throws for platform failures.
/// </summary>
public sealed partial class TeamsMessenger(
    TeamsSender sender,
    TeamsCardMemory cards,
    IOptions<TeamsOptions> options,
    ILogger<TeamsMessenger> logger) : IChannelMessenger
{
    private readonly string? _appId = options.Value.AppId;

    public string Channel => TeamsReferences.Channel;

    public async Task<DeliveryResult> SendAsync(ConversationReference reference, IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(messages);
        if (TeamsReferences.ToTeams(reference, _appId) is not { } target)
        {
            return DeliveryResult.Failed("teams: the reference has no serviceUrl or bot id");
        }

        if (string.IsNullOrEmpty(target.ConversationId))
        {
            var created = await sender.CreatePersonalConversationAsync(target, cancellationToken);
            if (!created.IsSuccess || string.IsNullOrEmpty(created.Id))
            {
                LogCreateFailed(logger, created.Outcome, created.StatusCode, created.ErrorCode ?? "");
                return Failure(created, [], conversationCall: true);
            }

            target = target with { ConversationId = created.Id };
        }

        var ids = new List<string>(messages.Count);
        foreach (var message in messages)
        {
            var sent = await sender.SendAsync(target, message, cancellationToken);
            if (!sent.IsSuccess)
            {
                LogSendFailed(logger, sent.Outcome, sent.StatusCode, sent.ErrorCode ?? "", ids.Count, messages.Count);
                return Failure(sent, ids, conversationCall: true);
            }

            var id = sent.Id ?? "";
            ids.Add(id);
            cards.RememberSent(target.ConversationId!, id, message);
        }

        return DeliveryResult.Delivered(ids);
    }

    public async Task<DeliveryResult> UpdateAsync(ConversationReference reference, string channelMessageId, SourceMessageUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(channelMessageId);
        ArgumentNullException.ThrowIfNull(update);
        if (TeamsReferences.ToTeams(reference, _appId) is not { ConversationId: { Length: > 0 } conversationId } target)
        {
            return DeliveryResult.Failed("teams: no conversation to update a message in");
        }

        OutboundMessage? replacement;
        switch (update.Kind)
        {
            case SourceUpdateKind.Replace:
                cards.Forget(conversationId, channelMessageId);
                replacement = update.Replacement;
                break;
            case SourceUpdateKind.RetireActions:
                replacement = cards.Retired(conversationId, channelMessageId);
                if (replacement is null)
                {
                    LogLeftUnchanged(logger);
                    return DeliveryResult.Delivered([]);
                }

                break;
            default:
                return DeliveryResult.Delivered([]);
        }

        var updated = await sender.UpdateAsync(target, channelMessageId, replacement!, cancellationToken);
        if (!updated.IsSuccess)
        {
            LogUpdateFailed(logger, updated.Outcome, updated.StatusCode, updated.ErrorCode ?? "");
            return Failure(updated, [], conversationCall: false);
        }

        cards.RememberSent(conversationId, channelMessageId, replacement!);
        return DeliveryResult.Delivered([channelMessageId]);
    }

    /// <summary>
    /// 403 is always "recipient gone"; 404 only when sending into (or creating) the conversation: a 404 on an update means
    /// that one message is gone, not the user.
    /// </summary>
    private static DeliveryResult Failure(ConnectorResult result, IReadOnlyList<string> delivered, bool conversationCall)
    {
        var detail = $"teams {result.Outcome} {result.StatusCode}{(result.ErrorCode is null ? "" : " " + result.ErrorCode)}";
        return result.Outcome == ConnectorOutcome.RecipientGone || (conversationCall && result.Outcome == ConnectorOutcome.NotFound)
            ? DeliveryResult.Gone(detail) with { MessageIds = delivered }
            : DeliveryResult.Failed(detail, delivered);
    }

    [LoggerMessage(EventId = 350, Level = LogLevel.Warning, Message = "Teams: creating the personal chat failed: {Outcome} {Status} {ErrorCode}")]
    private static partial void LogCreateFailed(ILogger logger, ConnectorOutcome outcome, int status, string errorCode);

    [LoggerMessage(EventId = 351, Level = LogLevel.Warning, Message = "Teams: sending failed: {Outcome} {Status} {ErrorCode} after {Delivered} of {Total} messages")]
    private static partial void LogSendFailed(ILogger logger, ConnectorOutcome outcome, int status, string errorCode, int delivered, int total);

    [LoggerMessage(EventId = 352, Level = LogLevel.Warning, Message = "Teams: updating a pressed card failed: {Outcome} {Status} {ErrorCode}")]
    private static partial void LogUpdateFailed(ILogger logger, ConnectorOutcome outcome, int status, string errorCode);

    [LoggerMessage(EventId = 353, Level = LogLevel.Debug, Message = "Teams: the pressed card's content is not known here (restart, other instance or old card); it is left unchanged")]
    private static partial void LogLeftUnchanged(ILogger logger);
}
