using System.Text.Json.Serialization;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Transcripts;

namespace SalesBot.Host.Storage;

/// <summary>The stored shape of a user: the state, plus the last committed turn until it is flushed to its own documents.</summary>
internal sealed record UserStateDocument
{
    public required SalesBot.Core.Users.UserState State { get; init; }

    /// <summary>The transcript entry of the last committed turn (the outbox): written to its own document right after the commit, and again on the next load if that write never happened.</summary>
    public TranscriptEntry? PendingEntry { get; init; }

    public IReadOnlyList<SessionRecord> PendingSessions { get; init; } = [];

    /// <summary>The roster entry to mirror when the turn changed the user's conversation reference or name (rare).</summary>
    public RosterEntry? PendingRoster { get; init; }
}

/// <summary>Source-generated JSON for everything the stores persist (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserStateDocument))]
[JsonSerializable(typeof(TranscriptEntry))]
[JsonSerializable(typeof(SessionRecord))]
[JsonSerializable(typeof(PlaybookEntry))]
[JsonSerializable(typeof(RosterEntry))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
