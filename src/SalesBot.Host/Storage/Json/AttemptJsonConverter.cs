using System.Text.Json;
using System.Text.Json.Serialization;
using SalesBot.Core.Drills;

namespace SalesBot.Host.Storage.Json;

/// <summary>
/// A scored attempt as stored in the user's state: <c>[unixMs, score, passed, phrasingId, rubricVersion]</c> (about 60
/// bytes instead of 120: a seller keeps up to 30 per category, read and written on every turn). Reads the older object
/// form too.
/// </summary>
internal sealed class AttemptJsonConverter : JsonConverter<Attempt>
{
    public override Attempt Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var at = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64());
            reader.Read();
            var score = reader.GetInt32();
            reader.Read();
            var passed = reader.TokenType == JsonTokenType.True || (reader.TokenType == JsonTokenType.Number && reader.GetInt32() != 0);
            reader.Read();
            var phrasing = reader.GetString() ?? "";
            reader.Read();
            var rubric = reader.GetString() ?? "";
            reader.Read();
            return reader.TokenType == JsonTokenType.EndArray ? new Attempt(at, score, passed, phrasing, rubric) : throw new JsonException("An attempt has five elements.");
        }

        // The object form written before the compact one.
        var legacy = new LegacyFields();
        CompactJson.ReadObject(ref reader, ref legacy, static (ref Utf8JsonReader r, ref LegacyFields f, string name) =>
        {
            switch (name)
            {
                case "at": f.At = r.GetDateTimeOffset(); break;
                case "score": f.Score = r.GetInt32(); break;
                case "passed": f.Passed = r.GetBoolean(); break;
                case "phrasingId": f.Phrasing = r.GetString(); break;
                case "rubricVersion": f.Rubric = r.GetString(); break;
                default: r.Skip(); break;
            }
        });
        return new Attempt(legacy.At, legacy.Score, legacy.Passed, legacy.Phrasing ?? "", legacy.Rubric ?? "");
    }

    public override void Write(Utf8JsonWriter writer, Attempt value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        writer.WriteNumberValue(value.At.ToUnixTimeMilliseconds());
        writer.WriteNumberValue(value.Score);
        writer.WriteNumberValue(value.Passed ? 1 : 0);
        writer.WriteStringValue(value.PhrasingId);
        writer.WriteStringValue(value.RubricVersion);
        writer.WriteEndArray();
    }

    private struct LegacyFields
    {
        public DateTimeOffset At;
        public int Score;
        public bool Passed;
        public string? Phrasing;
        public string? Rubric;
    }
}
