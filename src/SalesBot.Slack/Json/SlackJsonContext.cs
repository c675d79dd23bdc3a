using System.Text.Json.Serialization;
using SalesBot.Slack.Api;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Inbound.Wire;
using SalesBot.Slack.Installations;
using SalesBot.Slack.Modals;

namespace SalesBot.Slack.Json;

/// <summary>
/// Every JSON shape SalesBot reads from or writes to Slack, source-generated: snake_case names, nulls omitted.
/// Nothing is string-built, so user text can never break a payload.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(SlackView))]
[JsonSerializable(typeof(IReadOnlyList<SlackBlock>))]
[JsonSerializable(typeof(ChatPostMessageRequest))]
[JsonSerializable(typeof(ChatPostEphemeralRequest))]
[JsonSerializable(typeof(ChatUpdateRequest))]
[JsonSerializable(typeof(ChatRetireRequest))]
[JsonSerializable(typeof(ConversationsOpenRequest))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(ViewsPublishRequest))]
[JsonSerializable(typeof(SlackResponseUrlMessage))]
[JsonSerializable(typeof(SlackOkResponse))]
[JsonSerializable(typeof(ChatMessageResponse))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
[JsonSerializable(typeof(ViewResponse))]
[JsonSerializable(typeof(UsersInfoResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(OAuthV2AccessResponse))]
[JsonSerializable(typeof(AppsConnectionsOpenResponse))]
[JsonSerializable(typeof(EventCallbackWire))]
[JsonSerializable(typeof(InnerEventWire))]
[JsonSerializable(typeof(TokensRevokedWire))]
[JsonSerializable(typeof(InteractionWire))]
[JsonSerializable(typeof(SocketFrameWire))]
[JsonSerializable(typeof(ViewResponseActionWire))]
[JsonSerializable(typeof(SlackInstallation))]
[JsonSerializable(typeof(SlackForm))]
[JsonSerializable(typeof(SlackFormMetadata))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
