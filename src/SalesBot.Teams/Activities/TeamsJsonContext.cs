using System.Text.Json.Serialization;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Connector;

namespace SalesBot.Teams.Activities;

/// <summary>Source-generated JSON for everything SalesBot reads from or writes to Teams (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ConnectorError))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(SubmitData))]
[JsonSerializable(typeof(SalesBotSubmit))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(string))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
