using System.Security.Cryptography;
using System.Text;

namespace SalesBot.Core.Users;

/// <summary>
/// An inbound message id (or proactive idempotency key) already handled for this user, kept in the user's state so the
/// ETag-conditional commit makes de-duplication hold across instances. Bounded: the newest <see cref="Capacity"/> ids,
/// none older than <see cref="Window"/>; ids longer than <see cref="MaxIdLength"/> are stored as a hash.
/// </summary>
public sealed record ProcessedMessage(string Id, DateTimeOffset At)
{
    /// <summary>How many ids a user's state keeps (platform redeliveries come within minutes, a few messages apart).</summary>
    public const int Capacity = 20;

    public const int MaxIdLength = 64;

    /// <summary>How long an id is remembered (Slack retries for about 6 minutes; Teams redelivers within seconds).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>The form an id is stored and compared in: itself, or <c>sha256:</c> + base64url of its hash when long.</summary>
    public static string Normalize(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length <= MaxIdLength)
        {
            return id;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        return "sha256:" + Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
