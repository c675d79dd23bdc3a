using System.Text;

namespace SalesBot.Host.Storage.Cosmos;

/// <summary>
/// Document ids as Cosmos DB can hold them. Cosmos refuses <c>/ \ ? #</c> in an id, and <c>%</c> is rewritten by .NET's
/// URI handling on the way to the gateway; those (and the escape character <c>~</c> itself) are stored as <c>~XX</c>
/// (hex of the character). Every other id is stored unchanged, so ordinary ids read the same in the portal.
/// </summary>
internal static class CosmosIds
{
    private const char Escape = '~';
    private static readonly char[] Special = ['/', '\\', '?', '#', '%', Escape];

    public static string Encode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.AsSpan().IndexOfAny(Special) < 0)
        {
            return id;
        }

        var builder = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (Array.IndexOf(Special, c) >= 0)
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Decode(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.IndexOf(Escape, StringComparison.Ordinal) < 0)
        {
            return stored;
        }

        var builder = new StringBuilder(stored.Length);
        for (var i = 0; i < stored.Length; i++)
        {
            if (stored[i] == Escape && i + 2 < stored.Length)
            {
                builder.Append((char)Convert.ToInt32(stored.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                builder.Append(stored[i]);
            }
        }

        return builder.ToString();
    }
}
