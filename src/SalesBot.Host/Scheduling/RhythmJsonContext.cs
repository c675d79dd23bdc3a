using System.Text.Json.Serialization;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>Source-generated JSON for the rhythm documents, the delivery ledger and the due index (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PersonRhythm))]
[JsonSerializable(typeof(Team))]
[JsonSerializable(typeof(OneOnOneSchedule))]
[JsonSerializable(typeof(FollowUpNotes))]
[JsonSerializable(typeof(FocusAccounts))]
[JsonSerializable(typeof(HabitCheckIn))]
[JsonSerializable(typeof(DeliveryRecord))]
[JsonSerializable(typeof(DueEntry))]
[JsonSerializable(typeof(DueWatermark))]
[JsonSerializable(typeof(TenantRegistration))]
[JsonSerializable(typeof(NudgeDay))]
internal sealed partial class RhythmJsonContext : JsonSerializerContext;
