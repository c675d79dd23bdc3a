using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Configuration;

namespace SalesBot.Slack.Installations;

/// <summary>
/// The OAuth <c>state</c>: <c>base64url(nonce ‖ expiry)</c> + <c>.</c> + <c>base64url(HMAC-SHA256)</c>, keyed by
/// <c>Slack:StateSecret</c> (or a key derived from the client secret). It expires after <c>Slack:StateLifetime</c>, is
/// accepted once (used nonces are recorded in <see cref="ISlackOAuthStateStore"/> until they expire: shared by every
/// instance when the Host's document store backs it), and is bound to the browser that started the install by a cookie
/// holding the nonce.
/// </summary>
public sealed class SlackOAuthStateService(IOptions<SlackOptions> options, ISlackOAuthStateStore used, TimeProvider time)
{
    private const int NonceBytes = 16;
    private const int PayloadBytes = NonceBytes + sizeof(long);

    /// <summary>A fresh state and the nonce to put in the browser cookie.</summary>
    public (string State, string Nonce) Issue()
    {
        Span<byte> payload = stackalloc byte[PayloadBytes];
        RandomNumberGenerator.Fill(payload[..NonceBytes]);
        var expires = time.GetUtcNow() + options.Value.StateLifetime;
        BinaryPrimitives.WriteInt64BigEndian(payload[NonceBytes..], expires.ToUnixTimeSeconds());
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(Key(), payload, mac);
        var state = WebEncoders.Base64UrlEncode(payload.ToArray()) + "." + WebEncoders.Base64UrlEncode(mac.ToArray());
        return (state, WebEncoders.Base64UrlEncode(payload[..NonceBytes].ToArray()));
    }

    /// <summary>Checks a returned state (and the browser's nonce cookie) and, when valid, uses it up.</summary>
    public async Task<SlackOAuthStateResult> ConsumeAsync(string? state, string? browserNonce, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state))
        {
            return SlackOAuthStateResult.Missing;
        }

        var dot = state.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || state.Length > 200)
        {
            return SlackOAuthStateResult.Forged;
        }

        byte[] payload;
        byte[] mac;
        try
        {
            payload = WebEncoders.Base64UrlDecode(state[..dot]);
            mac = WebEncoders.Base64UrlDecode(state[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return SlackOAuthStateResult.Forged;
        }

        if (payload.Length != PayloadBytes || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(Key(), payload), mac))
        {
            return SlackOAuthStateResult.Forged;
        }

        var now = time.GetUtcNow();
        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(NonceBytes)));
        if (now > expires)
        {
            return SlackOAuthStateResult.Expired;
        }

        var nonce = WebEncoders.Base64UrlEncode(payload, 0, NonceBytes);
        if (browserNonce is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(nonce), Encoding.ASCII.GetBytes(browserNonce)))
        {
            return SlackOAuthStateResult.WrongBrowser;
        }

        return await used.TryUseAsync(nonce, expires, cancellationToken) ? SlackOAuthStateResult.Valid : SlackOAuthStateResult.Replayed;
    }

    private byte[] Key()
    {
        var value = options.Value;
        if (!string.IsNullOrEmpty(value.StateSecret))
        {
            return Encoding.UTF8.GetBytes(value.StateSecret);
        }

        var clientSecret = value.ClientSecret;
        if (string.IsNullOrEmpty(clientSecret))
        {
            throw new InvalidOperationException("Slack OAuth install needs Slack:ClientSecret (or Slack:StateSecret) to sign its state.");
        }

        return HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(clientSecret), 32, info: "salesbot/slack/oauth-state"u8.ToArray());
    }
}
