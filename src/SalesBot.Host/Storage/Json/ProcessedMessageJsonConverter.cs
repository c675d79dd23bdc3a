using System.Text.Json;
using System.Text.Json.Serialization;
using SalesBot.Core.Users;

namespace SalesBot.Host.Storage.Json;

/// <summary>A handled message id as stored in the user's state: <c>[id, unixMs]</c>. Reads the older object form too.</summary>
internal sealed class ProcessedMessageJsonConverter : JsonConverter<ProcessedMessage>
{
    public override ProcessedMessage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var id = reader.GetString() ?? "";
            reader.Read();
            var at = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64());
            reader.Read();
            return reader.TokenType == JsonTokenType.EndArray ? new ProcessedMessage(id, at) : throw new JsonException("A processed message id has two elements.");
        }

        var legacy = (Id: (string?)null, At: default(DateTimeOffset));
        CompactJson.ReadObject(ref reader, ref legacy, static (ref Utf8JsonReader r, ref (string? Id, DateTimeOffset At) f, string name) =>
        {
            switch (name)
            {
                case "id": f.Id = r.GetString(); break;
                case "at": f.At = r.GetDateTimeOffset(); break;
                default: r.Skip(); break;
            }
        });
        return new ProcessedMessage(legacy.Id ?? "", legacy.At);
    }

    public override void Write(Utf8JsonWriter writer, ProcessedMessage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        writer.WriteStringValue(value.Id);
        writer.WriteNumberValue(value.At.ToUnixTimeMilliseconds());
        writer.WriteEndArray();
    }
}
