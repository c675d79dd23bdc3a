using System.ComponentModel;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Azure.Cosmos;
using SalesBot.Host.Storage.Cosmos;

namespace SalesBot.Host.Tests.Support;

/// <summary>
/// The project's Cosmos test server (tools/cosmos-test-server: @vercel/cosmosdb-server behind our wrapper) as an xunit
/// collection fixture: one Node process per test run on 127.0.0.1 and a free port (port 0), ready when it prints its
/// "cosmos-shim ready: URL" line, killed (with its stdin closed, which also ends it should this process die) at the end.
/// Tests reach it through the real Microsoft.Azure.Cosmos SDK with the production client options.
/// </summary>
public sealed partial class CosmosTestServer : IAsyncLifetime
{
    /// <summary>The public emulator key: the server checks no auth, and the same settings work against a real emulator.</summary>
    public const string EmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly StringBuilder _stderr = new();
    private Process? _process;
    private HttpClient? _hooks;
    private CosmosClient? _client;
    private Task? _drain;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>One SDK client for the whole run (as in production: one per process).</summary>
    public CosmosClient Client => _client ?? throw new InvalidOperationException("The Cosmos test server has not started.");

    public static string ToolDirectory => Path.Combine(RepositoryPaths.Root, "tools", "cosmos-test-server");

    public async Task InitializeAsync()
    {
        var tool = ToolDirectory;
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "@vercel", "cosmosdb-server")))
        {
            throw new InvalidOperationException(
                $"The Cosmos test server is not installed: run `npm ci` in {tool} (./test.sh does). It needs Node.js 20+ and npm (Debian: apt-get install nodejs npm).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tool,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "cosmos-shim.js", "--port", "0", "--host", "127.0.0.1", "--no-ssl", "--exit-with-stdin" })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                "Node.js was not found on PATH. The Cosmos tests run the Cosmos test server on Node.js 20+: install it (Debian: apt-get install nodejs npm), then run ./test.sh.", ex);
        }

        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            while (true)
            {
                var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The Cosmos test server exited before it was ready: {Stderr()}");
                var ready = ReadyLine().Match(line);
                if (ready.Success)
                {
                    Endpoint = new Uri(ready.Groups["url"].Value);
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"The Cosmos test server printed no ready line within {StartTimeout.TotalSeconds} s: {Stderr()}");
        }

        // Keep reading stdout so the server never blocks on a full pipe.
        _drain = _process.StandardOutput.ReadToEndAsync();

        _hooks = new HttpClient { BaseAddress = Endpoint };
        _client = CosmosClientFactory.Create(Options("unused"), () => throw new InvalidOperationException("The test client uses the key."));
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        _hooks?.Dispose();
        if (_process is null)
        {
            return;
        }

        try
        {
            _process.StandardInput.Close();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            if (_drain is not null)
            {
                await _drain;
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <summary>The production options for this server: Gateway mode, the emulator key, only this endpoint.</summary>
    internal CosmosOptions Options(string database, string container = "documents") => new()
    {
        Endpoint = Endpoint.ToString(),
        Key = EmulatorKey,
        Database = database,
        Container = container,
        ConnectionMode = "Gateway",
        LimitToEndpoint = true,
        CreateIfMissing = true,
        StartupTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>Host settings (<c>Storage:*</c>) that put the bot on this server.</summary>
    public Dictionary<string, string?> HostSettings(string database) => new()
    {
        ["Storage:Provider"] = "Cosmos",
        ["Storage:Cosmos:Endpoint"] = Endpoint.ToString(),
        ["Storage:Cosmos:Key"] = EmulatorKey,
        ["Storage:Cosmos:Database"] = database,
        ["Storage:Cosmos:LimitToEndpoint"] = "true",
        ["Storage:Cosmos:StartupTimeout"] = "00:00:20",
    };

    /// <summary>Moves the server's TTL clock forward (the wrapper's clock hook): items whose ttl has run out vanish, with no real waiting.</summary>
    public async Task AdvanceClockAsync(TimeSpan by)
    {
        using var response = await _hooks!.PostAsJsonAsync("/_shim/clock", new { advanceSeconds = by.TotalSeconds });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The next <paramref name="count"/> document requests answer 429 with <c>x-ms-retry-after-ms</c> (the wrapper's throttle hook).</summary>
    public async Task ThrottleAsync(int count, int retryAfterMs)
    {
        using var response = await _hooks!.PostAsJsonAsync("/_shim/throttle", new { count, retryAfterMs });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A database name no other test uses (the server is shared by the whole run).</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private string Stderr()
    {
        lock (_stderr)
        {
            return _stderr.Length == 0 ? "(no stderr)" : _stderr.ToString().Trim();
        }
    }

    [GeneratedRegex(@"^cosmos-shim ready: (?<url>https?://\S+/)")]
    private static partial Regex ReadyLine();
}
