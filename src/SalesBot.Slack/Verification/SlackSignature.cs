using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SalesBot.Slack.Verification;

/// <summary>
/// Slack's request signing, version <c>v0</c>: <c>v0=</c> + lowercase hex HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c>
/// with the signing secret. Compared in constant time; the timestamp must be within five minutes of now, either way.
/// </summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string Version = "v0";

    /// <summary>How far the request timestamp may be from now, in the past or the future.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const int HexLength = 64;

    /// <summary>The <c>X-Slack-Signature</c> value for a body (also used by tests and the fake Slack to sign requests).</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        Span<byte> mac = stackalloc byte[32];
        Mac(signingSecret, timestamp, body, mac);
        return Version + "=" + Convert.ToHexStringLower(mac);
    }

    public static SlackSignatureResult Verify(string? signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signingSecret))
        {
            return SlackSignatureResult.NoSigningSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SlackSignatureResult.MissingHeaders;
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SlackSignatureResult.MalformedTimestamp;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > (long)MaxClockSkew.TotalSeconds)
        {
            return SlackSignatureResult.TimestampOutOfWindow;
        }

        if (!signature.StartsWith(Version + "=", StringComparison.Ordinal))
        {
            return SlackSignatureResult.UnsupportedVersion;
        }

        var provided = signature.AsSpan(Version.Length + 1);
        if (provided.Length != HexLength)
        {
            return SlackSignatureResult.Mismatch;
        }

        Span<byte> mac = stackalloc byte[32];
        Mac(signingSecret, timestamp, body, mac);
        Span<char> expected = stackalloc char[HexLength];
        Convert.TryToHexStringLower(mac, expected, out _);
        return CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes((ReadOnlySpan<char>)expected), MemoryMarshal.AsBytes(provided)) ? SlackSignatureResult.Valid : SlackSignatureResult.Mismatch;
    }

    private static void Mac(string signingSecret, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signingSecret));
        hmac.AppendData(Encoding.ASCII.GetBytes(Version + ":" + timestamp + ":"));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }
}
