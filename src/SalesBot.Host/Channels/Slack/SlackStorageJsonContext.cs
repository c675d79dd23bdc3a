using System.Text.Json.Serialization;

namespace SalesBot.Host.Channels.Slack;

/// <summary>Source-generated JSON for the Slack documents the Host stores itself.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(UsedOAuthState))]
internal sealed partial class SlackStorageJsonContext : JsonSerializerContext;
