using SalesBot.Core.Messaging;

namespace SalesBot.Host.Channels.Local;

/// <summary>
/// The local channel's messenger: what the bot sends outside a POST's answer (proactive messages, follow-ups) goes to
/// the user's inbox, which their page streams. Local users can't block the bot, so the only failure is the store's.
/// </summary>
internal sealed class LocalMessenger(LocalInbox inbox, TimeProvider time) : IChannelMessenger
{
    public string Channel => LocalChannelEndpoints.Channel;

    public async Task<DeliveryResult> SendAsync(ConversationReference reference, IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(messages);
        var now = time.GetUtcNow();
        var items = messages.Select(m =>
        {
            var id = inbox.NextId();
            return new LocalInboxItem { Id = id, At = now, Reply = LocalRenderer.Render(m, id) };
        }).ToList();
        try
        {
            await inbox.AppendAsync(LocalChannelEndpoints.UserOf(reference), items, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return DeliveryResult.Failed($"local inbox: {ex.GetType().Name}");
        }

        return DeliveryResult.Delivered(items.Select(i => i.Id).ToList());
    }

    public async Task<DeliveryResult> UpdateAsync(ConversationReference reference, string channelMessageId, SourceMessageUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (LocalRenderer.Update(channelMessageId, update) is not { } local)
        {
            return DeliveryResult.Delivered([]);
        }

        var item = new LocalInboxItem { Id = inbox.NextId(), At = time.GetUtcNow(), Update = local };
        try
        {
            await inbox.AppendAsync(LocalChannelEndpoints.UserOf(reference), [item], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return DeliveryResult.Failed($"local inbox: {ex.GetType().Name}");
        }

        return DeliveryResult.Delivered([channelMessageId]);
    }
}
