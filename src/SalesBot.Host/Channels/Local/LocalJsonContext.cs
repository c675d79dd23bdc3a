using System.Text.Json.Serialization;

namespace SalesBot.Host.Channels.Local;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(LocalRequest))]
[JsonSerializable(typeof(LocalResponse))]
[JsonSerializable(typeof(LocalInboxItem))]
[JsonSerializable(typeof(LocalInboxResponse))]
[JsonSerializable(typeof(LocalHistoryResponse))]
internal sealed partial class LocalJsonContext : JsonSerializerContext;
