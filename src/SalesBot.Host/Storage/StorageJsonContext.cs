using System.Text.Json.Serialization;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Transcripts;
using SalesBot.Host.Storage.Json;

namespace SalesBot.Host.Storage;

/// <summary>
/// Source-generated JSON for everything the stores persist (camelCase, enums as strings, nulls omitted, attempts and
/// handled message ids in their compact array form). Use <see cref="StorageJson"/>, which also drops computed members.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(AttemptJsonConverter), typeof(ProcessedMessageJsonConverter)])]
[JsonSerializable(typeof(UserStateDocument))]
[JsonSerializable(typeof(TranscriptEntry))]
[JsonSerializable(typeof(SessionRecord))]
[JsonSerializable(typeof(PlaybookEntry))]
[JsonSerializable(typeof(ApprovedPlaybook))]
[JsonSerializable(typeof(RosterEntry))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
