using System.Text.Json;

namespace SalesBot.Host.Storage.Json;

/// <summary>Helpers for the compact converters: reading the older object form of a value.</summary>
internal static class CompactJson
{
    public delegate void PropertyReader<T>(ref Utf8JsonReader reader, ref T fields, string name);

    /// <summary>Reads a JSON object property by property (the reader on its StartObject), calling <paramref name="read"/> on each value.</summary>
    public static void ReadObject<T>(ref Utf8JsonReader reader, ref T fields, PropertyReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an array or an object, not {reader.TokenType}.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? "";
            reader.Read();
            read(ref reader, ref fields, name);
        }
    }
}
