namespace SalesBot.Core.Drills;

/// <summary>
/// Deterministic choices from a session seed: the same session always picks the same lines, so a conversation can be
/// replayed and tested. (string.GetHashCode is randomised per process, so it is not used.)
/// </summary>
public static class DrillRandom
{
    public static int Next(int seed, int salt, int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        unchecked
        {
            var x = (uint)seed * 2654435761u ^ (uint)salt * 2246822519u;
            x ^= x >> 15;
            x *= 2246822519u;
            x ^= x >> 13;
            x *= 3266489917u;
            x ^= x >> 16;
            return (int)(x % (uint)exclusiveMax);
        }
    }

    public static double Unit(int seed, int salt) => Next(seed, salt, 10_000) / 10_000.0;

    public static T Pick<T>(IReadOnlyList<T> items, int seed, int salt)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[Next(seed, salt, items.Count)];
    }

    public static int SeedFrom(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt32(bytes) & int.MaxValue;
    }
}
