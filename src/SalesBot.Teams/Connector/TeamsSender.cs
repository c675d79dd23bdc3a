using SalesBot.Teams.Activities;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Connector;

/// <summary>
/// Sends channel-neutral messages to a stored <see cref="TeamsConversationReference"/>: renders them
/// (<see cref="TeamsMessageRenderer"/>), addresses them (bot → user, tenant), creates the 1:1 conversation first when the
/// reference has none, and updates a pressed card. The pipeline's Teams messenger is a thin wrapper around this.
/// </summary>
public sealed class TeamsSender(ConnectorClient connector)
{
    /// <summary>Sends a message into the reference's conversation (proactive or reply-after-acknowledge).</summary>
    public async Task<ConnectorResult> SendAsync(TeamsConversationReference reference, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(message);
        var conversationId = reference.ConversationId;
        if (string.IsNullOrEmpty(conversationId))
        {
            var created = await CreatePersonalConversationAsync(reference, cancellationToken);
            if (!created.IsSuccess || string.IsNullOrEmpty(created.Id))
            {
                return created.IsSuccess ? created with { Outcome = ConnectorOutcome.Failed } : created;
            }

            conversationId = created.Id;
        }

        var activity = Address(TeamsMessageRenderer.ToActivity(message), reference, conversationId);
        return await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, reference.TenantId, cancellationToken);
    }

    /// <summary>Replaces a message the bot sent (e.g. the card whose button was pressed).</summary>
    public Task<ConnectorResult> UpdateAsync(TeamsConversationReference reference, string activityId, OutboundMessage replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        return UpdateAsync(reference, activityId, TeamsMessageRenderer.ToActivity(replacement), cancellationToken);
    }

    /// <summary>Replaces a pressed card with the default "✓ You chose …" and no buttons.</summary>
    public Task<ConnectorResult> MarkChosenAsync(TeamsConversationReference reference, string activityId, string chosenTitle, CancellationToken cancellationToken) =>
        UpdateAsync(reference, activityId, TeamsMessageRenderer.ChosenUpdate(chosenTitle), cancellationToken);

    /// <summary><c>POST /v3/conversations</c> for a personal chat with the user; the result's <c>Id</c> is the conversation id.</summary>
    public Task<ConnectorResult> CreatePersonalConversationAsync(TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            Members = [new ChannelAccount { Id = reference.UserId }],
            TenantId = reference.TenantId,
            ChannelData = reference.TenantId is null ? null : new TeamsChannelData { Tenant = new TeamsIdentifier { Id = reference.TenantId } },
        };
        return connector.CreateConversationAsync(reference.ServiceUrl, parameters, cancellationToken);
    }

    private Task<ConnectorResult> UpdateAsync(TeamsConversationReference reference, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        if (string.IsNullOrEmpty(reference.ConversationId))
        {
            throw new ArgumentException("Updating a message needs the reference's conversation id.", nameof(reference));
        }

        var addressed = Address(activity, reference, reference.ConversationId) with { Id = activityId };
        return connector.UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, activityId, addressed, reference.TenantId, cancellationToken);
    }

    /// <summary>From the bot to the user, in the conversation, as the SDK addresses replies (reference §3.3).</summary>
    public static Activity Address(Activity activity, TeamsConversationReference reference, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        return activity with
        {
            ChannelId = TeamsConversationReference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            Recipient = new ChannelAccount { Id = reference.UserId, Name = reference.UserName, AadObjectId = reference.AadObjectId },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = reference.ConversationType, TenantId = reference.TenantId },
            Locale = activity.Locale ?? reference.Locale,
        };
    }
}
