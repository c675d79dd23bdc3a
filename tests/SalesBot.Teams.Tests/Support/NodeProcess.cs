using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SalesBot.Teams.Tests.Support;

/// <summary>
/// A Node.js harness process (tests/harness/teams) with the loopback guard preloaded. Long-running servers print one JSON
/// line with their port; the test owns the process: its stdin is held open and closing it (or Dispose) ends the process.
/// </summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private NodeProcess(Process process) => _process = process;

    public JsonElement Announcement { get; private set; }

    public string Errors
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static void EnsureInstalled()
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.Harness, "node_modules", "botbuilder")))
        {
            throw new InvalidOperationException($"The Teams harness is not installed: run `npm ci` in {RepoPaths.Harness} (./test.sh does).");
        }
    }

    /// <summary>Starts a server script and waits (bounded) for its JSON announcement line.</summary>
    public static async Task<NodeProcess> StartServerAsync(string script, IDictionary<string, string>? environment = null, params string[] arguments)
    {
        EnsureInstalled();
        var process = new Process { StartInfo = StartInfo(script, environment, arguments) };
        process.StartInfo.RedirectStandardInput = true;
        var node = new NodeProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (node._stderr)
                {
                    node._stderr.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException($"{script} exited before announcing its port: {node.Errors}");
        node.Announcement = JsonDocument.Parse(line).RootElement.Clone();
        return node;
    }

    /// <summary>Runs a script to completion; returns exit code and standard output.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, params string[] arguments)
    {
        EnsureInstalled();
        using var process = new Process { StartInfo = StartInfo(script, null, arguments) };
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static ProcessStartInfo StartInfo(string script, IDictionary<string, string>? environment, string[] arguments)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Harness,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-r");
        info.ArgumentList.Add("./loopback-guard.js");
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return info;
    }
}
