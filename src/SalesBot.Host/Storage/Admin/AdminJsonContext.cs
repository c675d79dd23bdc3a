using System.Text.Json.Serialization;

namespace SalesBot.Host.Storage.Admin;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ErasureResponse))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
