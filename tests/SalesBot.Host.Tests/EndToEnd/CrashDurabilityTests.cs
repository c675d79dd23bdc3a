using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>
/// A killed bot loses no turn it answered: the built host on its SQLite file, eight sellers drilling at once while WAL
/// checkpoints and restarts run as often as the settings allow, the process killed (SIGKILL) mid-load, then started
/// again on the same file. Every turn whose reply a seller received is in that seller's history; the store opens and
/// answers the next turn.
/// </summary>
public sealed partial class CrashDurabilityTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private const string Answer = "That is fair, and with a 12% cost target I would ask the same. Compared to what: your current tool, or the invoice errors? Helix Freight paid back the difference in five months. Can we take 30 minutes on Thursday to build the case with your numbers?";
    private readonly HostScratch _scratch = new();

    private string Elsewhere => _scratch.Elsewhere;

    private string DataHome => _scratch.DataHome;

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task KilledMidLoad_WithCheckpointsRunning_EveryAnsweredTurnIsThereAfterRestart()
    {
        string[] settings = ["--Urls=http://127.0.0.1:0", "--Storage:Sqlite:CheckpointEveryCommits=2", "--Storage:Sqlite:CheckpointRestartPages=100", "--Scheduling:Enabled=false"];
        var answered = new ConcurrentDictionary<string, int>();
        var host = HostProcess.Start(Elsewhere, DataHome, settings);
        using var http = new HttpClient { Timeout = Timeout };
        Task[] sellers = [];
        try
        {
            http.BaseAddress = await ReadyUrlAsync(host);
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var total = 0;
            sellers = Enumerable.Range(1, 8).Select(n => Task.Run(async () =>
            {
                var seller = $"crash-{n}";
                for (var turn = 0; turn < 40; turn++)
                {
                    try
                    {
                        using var response = await http.PostAsJsonAsync("/api/local/messages", new { userId = seller, text = turn % 2 == 0 ? "practice price" : Answer });
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            return;
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        return; // The process is gone: this turn was never answered.
                    }

                    answered.AddOrUpdate(seller, 1, (_, count) => count + 1);
                    if (Interlocked.Increment(ref total) == 120)
                    {
                        enough.TrySetResult();
                    }
                }
            })).ToArray();

            await enough.Task.WaitAsync(Timeout);
        }
        finally
        {
            // SIGKILL while the other sellers' turns are in flight.
            await host.DisposeAsync();
        }

        await Task.WhenAll(sellers).WaitAsync(Timeout);

        await using var restarted = HostProcess.Start(Elsewhere, DataHome, settings);
        var again = await ReadyUrlAsync(restarted);
        using var client = new HttpClient { BaseAddress = again, Timeout = Timeout };
        Assert.True(answered.Values.Sum() >= 120);
        foreach (var (seller, count) in answered)
        {
            using var history = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/local/history?userId={seller}&turns=100", UriKind.Relative)));
            var turns = history.RootElement.GetProperty("turns").GetArrayLength();
            Assert.True(turns >= count, $"{seller}: {count} turns answered before the kill, {turns} in the history after it.");
        }

        using var next = await client.PostAsJsonAsync("/api/local/messages", new { userId = "crash-1", text = "progress" });
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private static async Task<Uri> ReadyUrlAsync(HostProcess host)
    {
        var ready = await host.WaitForLineAsync(ReadyLine(), Timeout);
        Assert.NotNull(ready);
        return new Uri(ready.Groups["url"].Value);
    }

    [GeneratedRegex(@"^.*SalesBot is ready\. Open (?<url>http://127\.0\.0\.1:\d+/).*$")]
    private static partial Regex ReadyLine();
}
