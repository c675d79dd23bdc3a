using System.Diagnostics;

namespace SalesBot.Bench;

/// <summary>The project's Cosmos test server (tools/cosmos-test-server, needs `npm ci` there) on 127.0.0.1 and a free port, for as long as the benchmark runs.</summary>
internal sealed class CosmosServer : IAsyncDisposable
{
    public const string EmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private readonly Process _process;

    private CosmosServer(Process process, string endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public static async Task<CosmosServer> StartAsync()
    {
        var tool = FindTool();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tool,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "cosmos-shim.js", "--port", "0", "--host", "127.0.0.1", "--no-ssl", "--exit-with-stdin" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("The Cosmos test server exited before it was ready.");
            const string Ready = "cosmos-shim ready: ";
            if (line.StartsWith(Ready, StringComparison.Ordinal))
            {
                var endpoint = line[Ready.Length..].Split(' ')[0];
                _ = process.StandardOutput.ReadToEndAsync();
                return new CosmosServer(process, endpoint);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static string FindTool()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var tool = Path.Combine(dir.FullName, "tools", "cosmos-test-server");
            if (File.Exists(Path.Combine(tool, "cosmos-shim.js")))
            {
                return Directory.Exists(Path.Combine(tool, "node_modules"))
                    ? tool
                    : throw new InvalidOperationException($"Run `npm ci` in {tool} first (./test.sh does).");
            }
        }

        throw new InvalidOperationException("Run the store benchmark from the repository (tools/cosmos-test-server not found).");
    }
}
