using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Transcripts;

namespace SalesBot.Host.Storage;

/// <summary>
/// The serialization of stored documents: <see cref="StorageJsonContext"/> (source-generated), minus computed members
/// that would only repeat stored data (<see cref="ScoreCard.Missing"/> repeats the criteria that were not met).
/// </summary>
internal static class StorageJson
{
    private static readonly JsonSerializerOptions Options = new(StorageJsonContext.Default.Options)
    {
        TypeInfoResolver = StorageJsonContext.Default.WithAddedModifier(DropComputed),
    };

    public static readonly JsonTypeInfo<UserStateDocument> UserState = Info<UserStateDocument>();

    public static readonly JsonTypeInfo<TranscriptEntry> Transcript = Info<TranscriptEntry>();

    public static readonly JsonTypeInfo<SessionRecord> Session = Info<SessionRecord>();

    public static readonly JsonTypeInfo<PlaybookEntry> PlaybookEntry = Info<PlaybookEntry>();

    public static readonly JsonTypeInfo<ApprovedPlaybook> ApprovedPlaybook = Info<ApprovedPlaybook>();

    public static readonly JsonTypeInfo<RosterEntry> Roster = Info<RosterEntry>();

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static void DropComputed(JsonTypeInfo type)
    {
        if (type.Type == typeof(ScoreCard))
        {
            for (var i = type.Properties.Count - 1; i >= 0; i--)
            {
                if (type.Properties[i].Name == "missing")
                {
                    type.Properties.RemoveAt(i);
                }
            }
        }
    }
}
