using System.Security.Cryptography;
using System.Text;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Rhythm;

/// <summary>Ids of rhythm records: people are <c>channel:tenant:user</c> (<see cref="UserKey.ToString"/>).</summary>
public static class RhythmIds
{
    public static string Person(UserKey user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.ToString();
    }

    /// <summary>The user key of a person id (user ids may themselves contain ':', e.g. Teams <c>29:…</c>).</summary>
    public static UserKey User(string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        var parts = personId.Split(':', 3);
        return parts.Length == 3 ? new UserKey(parts[0], parts[1], parts[2]) : throw new FormatException($"'{personId}' is not a person id (channel:tenant:user).");
    }

    public static string TenantKey(string personId) => User(personId).TenantKey;

    public static string UserPart(string personId) => personId.Split(':', 3) is { Length: 3 } parts ? parts[2] : personId;

    /// <summary>A manager's one team: a short stable id derived from the manager.</summary>
    public static string TeamOf(string managerId) => "team-" + Hash(managerId, 6);

    /// <summary>A 1:1 between a manager and a seller (one recurring 1:1 per pair).</summary>
    public static string OneOnOne(string managerId, string sellerId) => "1on1-" + Hash(managerId + "\n" + sellerId, 8);

    private static string Hash(string text, int bytes) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, bytes));
}
