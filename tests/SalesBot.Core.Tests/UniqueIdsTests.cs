using System.Collections.Concurrent;

namespace SalesBot.Core.Tests;

public sealed class UniqueIdsTests
{
    [Fact]
    public void NewGuid_IsAVersion4RfcGuid()
    {
        for (var i = 0; i < 1_000; i++)
        {
            var text = UniqueIds.NewGuid().ToString("D");
            Assert.Equal('4', text[14]);
            Assert.Contains(text[19], "89ab");
        }
    }

    [Fact]
    public void NewHex_From8ThreadsAtOnce_NeverRepeats()
    {
        var seen = new ConcurrentDictionary<string, byte>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (var i = 0; i < 25_000; i++)
            {
                var id = UniqueIds.NewHex();
                Assert.Matches("^[0-9a-f]{32}$", id);
                Assert.True(seen.TryAdd(id, 0), $"{id} was drawn twice");
            }
        });

        Assert.Equal(200_000, seen.Count);
    }
}
