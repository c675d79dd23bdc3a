using System.Text.Json.Serialization;

namespace SalesBot.Bench;

/// <summary>Source-generated JSON for the Teams loop's answers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ResourceId))]
[JsonSerializable(typeof(LoopStats))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
