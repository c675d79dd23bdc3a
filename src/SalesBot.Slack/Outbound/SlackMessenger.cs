using System.Buffers;
using System.Text.Json;
using SalesBot.Core.Messaging;
using SalesBot.Slack.Api;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;

namespace SalesBot.Slack.Outbound;

/// <summary>
/// Sends channel-neutral messages to Slack: renders Block Kit, picks the workspace's bot token (installation or
/// <c>Slack:BotToken</c>) and calls the Web API. The pipeline's Slack <c>IChannelMessenger</c> is a thin wrapper over this;
/// a <see cref="SlackApiException"/> with <see cref="SlackApiException.RecipientUnreachable"/> means "mark the reference inactive".
/// </summary>
public sealed class SlackMessenger(SlackApiClient api, SlackTokenResolver tokens)
{
    /// <summary>Posts to a channel (a DM <c>D…</c> from the conversation reference, or a channel for mentions).</summary>
    public async Task<SlackPostedMessage> SendAsync(SlackTeamRef team, string channelId, OutboundMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        var token = await tokens.ResolveAsync(team, cancellationToken);
        var rendered = BlockKitRenderer.Render(message);
        var response = await api.PostMessageAsync(token, new ChatPostMessageRequest(channelId, rendered.Text, rendered.Blocks) { ThreadTs = threadTs }, cancellationToken);
        return new SlackPostedMessage(response.Channel ?? channelId, response.Ts ?? throw new SlackApiException("chat.postMessage", "invalid_response"));
    }

    /// <summary>The bot's DM channel with the user (<c>D…</c>), opened if needed (<c>conversations.open</c>).</summary>
    public async Task<string> OpenDirectMessageAsync(SlackTeamRef team, string userId, CancellationToken cancellationToken)
    {
        var token = await tokens.ResolveAsync(team, cancellationToken);
        return await api.OpenDirectMessageAsync(token, userId, cancellationToken);
    }

    /// <summary>Opens (or finds) the bot's DM with the user and posts there: the proactive path.</summary>
    public async Task<SlackPostedMessage> SendToUserAsync(SlackTeamRef team, string userId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var token = await tokens.ResolveAsync(team, cancellationToken);
        var channel = await api.OpenDirectMessageAsync(token, userId, cancellationToken);
        return await SendAsync(team, channel, message, null, cancellationToken);
    }

    /// <summary>Replaces a message the bot posted (e.g. the one whose button was pressed, so its buttons disappear).</summary>
    public async Task<SlackPostedMessage> UpdateAsync(SlackTeamRef team, string channelId, string ts, OutboundMessage message, CancellationToken cancellationToken)
    {
        var token = await tokens.ResolveAsync(team, cancellationToken);
        var rendered = BlockKitRenderer.Render(message);
        var response = await api.UpdateMessageAsync(token, new ChatUpdateRequest(channelId, ts, rendered.Text, rendered.Blocks), cancellationToken);
        return new SlackPostedMessage(response.Channel ?? channelId, response.Ts ?? ts);
    }

    /// <summary>Keeps a pressed message's content (as Slack sent it back) and removes its buttons.</summary>
    public async Task RetireActionsAsync(SlackTeamRef team, string channelId, string ts, string text, JsonElement blocks, CancellationToken cancellationToken)
    {
        var token = await tokens.ResolveAsync(team, cancellationToken);
        await api.RetireMessageAsync(token, new ChatRetireRequest(channelId, ts, text, WithoutActions(blocks)), cancellationToken);
    }

    /// <summary>The blocks without <c>actions</c> rows (Slack's own JSON, copied element by element, never string-built).</summary>
    internal static JsonElement WithoutActions(JsonElement blocks)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            if (blocks.ValueKind == JsonValueKind.Array)
            {
                foreach (var block in blocks.EnumerateArray())
                {
                    var isActions = block.ValueKind == JsonValueKind.Object && block.TryGetProperty("type", out var type)
                        && type.ValueKind == JsonValueKind.String && type.ValueEquals("actions");
                    if (!isActions)
                    {
                        block.WriteTo(writer);
                    }
                }
            }

            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    public async Task PostEphemeralAsync(SlackTeamRef team, string channelId, string userId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var token = await tokens.ResolveAsync(team, cancellationToken);
        var rendered = BlockKitRenderer.Render(message);
        await api.PostEphemeralAsync(token, new ChatPostEphemeralRequest(channelId, userId, rendered.Text, rendered.Blocks), cancellationToken);
    }

    /// <summary>Answers through a <c>response_url</c> (slash command or message button).</summary>
    public Task RespondAsync(Uri responseUrl, OutboundMessage message, SlackResponseMode mode, CancellationToken cancellationToken)
    {
        var rendered = BlockKitRenderer.Render(message);
        var body = new SlackResponseUrlMessage(rendered.Text, rendered.Blocks)
        {
            ResponseType = mode switch
            {
                SlackResponseMode.InChannel => SlackResponseUrlMessage.InChannel,
                SlackResponseMode.Ephemeral => SlackResponseUrlMessage.Ephemeral,
                _ => null,
            },
            ReplaceOriginal = mode == SlackResponseMode.ReplaceOriginal ? true : mode is SlackResponseMode.Ephemeral or SlackResponseMode.InChannel ? false : null,
            DeleteOriginal = mode == SlackResponseMode.DeleteOriginal ? true : null,
        };
        return api.RespondAsync(responseUrl, body, cancellationToken);
    }

    /// <summary>Publishes a user's App Home tab (see <c>AppHomeBuilder</c>).</summary>
    public async Task<SlackViewRef?> PublishHomeAsync(SlackTeamRef team, string userId, SlackView view, CancellationToken cancellationToken)
    {
        var token = await tokens.ResolveAsync(team, cancellationToken);
        return (await api.PublishViewAsync(token, new ViewsPublishRequest(userId, view), cancellationToken)).View;
    }

    /// <summary>Opens a modal; the trigger id (from a command or button) is valid for 3 seconds and only once.</summary>
    public async Task<SlackViewRef?> OpenModalAsync(SlackTeamRef team, string triggerId, SlackView view, CancellationToken cancellationToken)
    {
        var token = await tokens.ResolveAsync(team, cancellationToken);
        return (await api.OpenViewAsync(token, new ViewsOpenRequest(triggerId, view), cancellationToken)).View;
    }

    /// <summary>The user's profile; <see cref="SlackUser.Tz"/> is the IANA time zone for the conversation reference.</summary>
    public async Task<SlackUser> GetUserAsync(SlackTeamRef team, string userId, CancellationToken cancellationToken)
    {
        var token = await tokens.ResolveAsync(team, cancellationToken);
        return await api.GetUserAsync(token, userId, cancellationToken);
    }
}
