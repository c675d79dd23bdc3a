using System.Diagnostics;
using System.Globalization;
using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Host.Conversations;
using SalesBot.Host.Storage;

namespace SalesBot.Bench;

/// <summary>
/// Store round trips, bytes and latency per turn kind, through the real conversation engine and the host's own storage
/// registration, on SQLite (a temp file) or Cosmos DB (the project's test server, started here on a free port). Every
/// turn runs alone (one user at a time), so each turn's counters are exactly its own.
/// </summary>
internal static class StoreBench
{
    private const string GoodAnswer = "That is a fair challenge, and with a 12% cost target I would ask the same. Compared to what: the licence of your current tool, or what the invoice errors cost you? Helix Freight paid back the difference in five months by cutting billing errors 30%. Can we take 30 minutes on Thursday at 10 to build the business case with your numbers?";
    private const string RolePlayAnswer = "I hear you on the freeze, and I would not ask you to break it. What would have to be true for a project that pays for itself inside this budget year to go ahead? Helix Freight cut billing errors 30% and paid back in five months. Could we spend 30 minutes on Thursday at 10 with your controller to run your numbers?";

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Arg(args, "--provider") ?? "sqlite";
        var users = int.Parse(Arg(args, "--users") ?? "100", CultureInfo.InvariantCulture);
        var keep = Arg(args, "--keep");
        var work = keep is null ? Directory.CreateTempSubdirectory("salesbot-store-bench") : Directory.CreateDirectory(keep);
        CosmosServer? cosmos = null;
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Storage:Sqlite:Path"] = Path.Combine(work.FullName, "bench.db"),
            };
            for (var i = 0; i + 1 < args.Length; i++)
            {
                if (args[i] == "--set" && args[i + 1].Split('=', 2) is [var key, var value])
                {
                    settings[key] = value;
                }
            }

            if (provider == "cosmos")
            {
                cosmos = await CosmosServer.StartAsync();
                settings["Storage:Provider"] = "Cosmos";
                settings["Storage:Cosmos:Endpoint"] = cosmos.Endpoint;
                settings["Storage:Cosmos:Key"] = CosmosServer.EmulatorKey;
                settings["Storage:Cosmos:Database"] = "bench";
                settings["Storage:Cosmos:LimitToEndpoint"] = "true";
            }

            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                EnvironmentName = "Production",
                ContentRootPath = work.FullName,
                DisableDefaults = true,
            });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddLogging();
            builder.AddSalesBotConversations();
            builder.AddStorage();
            var bytesByType = new Dictionary<string, long>(StringComparer.Ordinal);
            builder.Services.DecorateDocumentStore((_, inner) => new MeteredDocumentStore(
                provider == "memory" ? new MemoryDocumentStore() : inner,
                write => bytesByType[write.Type] = bytesByType.GetValueOrDefault(write.Type) + System.Text.Encoding.UTF8.GetByteCount(write.Body)));
            using var host = builder.Build();
            await host.StartAsync();
            var meter = (MeteredDocumentStore)host.Services.GetRequiredService<IDocumentStore>();
            var conversations = host.Services.GetRequiredService<ConversationService>();

            var results = new Dictionary<string, List<(StoreMeter Meter, double Ms, double CpuUs, long Allocated)>>(StringComparer.Ordinal);
            var written = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
            var recording = false;
            async Task Turn(string kind, string user, string text)
            {
                var turn = new InboundTurn
                {
                    User = new UserKey("local", "local", user),
                    Reference = new ConversationReference { Channel = "local", TenantId = "local", ChannelUserId = user, ConversationId = user },
                    Text = text,
                    MessageId = Guid.NewGuid().ToString("N"),
                };
                bytesByType.Clear();
                var before = meter.Snapshot();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                var handled = await conversations.HandleAsync(turn, CancellationToken.None);
                var ms = clock.Elapsed.TotalMilliseconds;
                var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                var cpuUs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds;
                if (handled.Result.Status != TurnStatus.Handled)
                {
                    throw new InvalidOperationException($"{kind} for {user}: {handled.Result.Status}");
                }

                if (!recording)
                {
                    return;
                }

                if (!results.TryGetValue(kind, out var list))
                {
                    results[kind] = list = [];
                }

                list.Add((meter.Snapshot() - before, ms, cpuUs, allocatedBytes));
                if (!written.TryGetValue(kind, out var types))
                {
                    written[kind] = types = new Dictionary<string, long>(StringComparer.Ordinal);
                }

                foreach (var (type, bytes) in bytesByType)
                {
                    types[type] = types.GetValueOrDefault(type) + bytes;
                }
            }

            // Warm-up: JIT, connections, the SDK's caches.
            var warmup = int.Parse(Arg(args, "--warmup") ?? "50", CultureInfo.InvariantCulture);
            for (var i = 0; i < warmup; i++)
            {
                await RunUserAsync(Turn, $"warm-{i}");
            }

            recording = true;
            for (var i = 0; i < users; i++)
            {
                await RunUserAsync(Turn, $"seller-{i}");
            }

            Console.WriteLine($"## Store round trips per turn ({provider}, {users} sellers, one turn at a time)");
            Console.WriteLine();
            Console.WriteLine("| turn kind | turns | round trips (min / mean / max) | reads | queries | writes | batches | bytes written (mean) | bytes read (mean) | latency p50 | latency p99 | process CPU per turn | allocated per turn |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var (kind, list) in results)
            {
                var trips = list.Select(r => r.Meter.RoundTrips).ToList();
                var ms = list.Select(r => r.Ms).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {kind} | {list.Count} | {trips.Min()} / {trips.Average():0.00} / {trips.Max()} | {list.Average(r => r.Meter.Reads):0.00} | {list.Average(r => r.Meter.Queries):0.00} | {list.Average(r => r.Meter.Writes):0.00} | {list.Average(r => r.Meter.Batches):0.00} | {list.Average(r => r.Meter.BytesWritten):0} | {list.Average(r => r.Meter.BytesRead):0} | {ms[ms.Count / 2]:0.00} ms | {ms[Math.Min(ms.Count - 1, (int)(ms.Count * 0.99))]:0.00} ms | {list.Average(r => r.CpuUs):0} µs | {list.Average(r => r.Allocated) / 1024:0.0} KB |"));
            }

            Console.WriteLine();
            Console.WriteLine("Bytes written per turn, by document type (mean):");
            Console.WriteLine();
            foreach (var (kind, types) in written)
            {
                var count = results[kind].Count;
                Console.WriteLine($"- {kind}: " + string.Join(", ", types.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value / (double)count:0}"))));
            }

            Console.WriteLine();
            await host.StopAsync();
            return 0;
        }
        finally
        {
            if (cosmos is not null)
            {
                await cosmos.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                work.Delete(recursive: true);
            }
        }
    }

    /// <summary>One seller's session: first contact, help, progress, a practice drill of three answers, a role-play of three answers.</summary>
    private static async Task RunUserAsync(Func<string, string, string, Task> record, string user)
    {
        await record("first contact (hi)", user, "hi");
        await record("help", user, "help");
        await record("progress", user, "progress");
        await record("practice start", user, "practice price");
        for (var i = 0; i < 3; i++)
        {
            await record("drill answer", user, GoodAnswer);
        }

        await record("role-play start", user, "roleplay cfo-budget-freeze");
        for (var i = 0; i < 3; i++)
        {
            await record("role-play answer", user, RolePlayAnswer);
        }

        await record("stop", user, "stop");
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
