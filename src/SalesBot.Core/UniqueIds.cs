namespace SalesBot.Core;

/// <summary>
/// Identifiers that must be unique but are not secrets (ETags, session ids, message ids): random version-4 GUIDs drawn
/// from <see cref="Random.Shared"/>, whose generator is seeded from the operating system once per thread. On Linux
/// <see cref="Guid.NewGuid"/> reads /dev/urandom on every call: a system call per id, 5 to 7 per drill turn when measured
/// (bench/README.md). Never use these for tokens, nonces or anything an attacker must not guess.
/// </summary>
public static class UniqueIds
{
    /// <summary>A random RFC 9562 version-4 GUID.</summary>
    public static Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (Guid's byte layout: the high byte of the third group)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant 10xx
        return new Guid(bytes);
    }

    /// <summary>A new id as 32 lowercase hex digits (the "N" form of <see cref="NewGuid"/>).</summary>
    public static string NewHex() => NewGuid().ToString("N");
}
