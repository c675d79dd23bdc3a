using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace SalesBot.Host.Tests.Support;

/// <summary>
/// The built host run as an operator runs it (<c>dotnet SalesBot.Host.dll</c>) from a chosen folder, with its output
/// (stdout and stderr) read line by line; waits are for explicit lines or the exit, bounded by a timeout.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _output = new();
    private int _openStreams = 2;

    private HostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host in <paramref name="workingDirectory"/> with a clean environment for ASP.NET Core and <c>XDG_DATA_HOME</c> set to <paramref name="dataHome"/>.</summary>
    public static HostProcess Start(string workingDirectory, string dataHome, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.HostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_CONTENTROOT", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal) || k.StartsWith("Storage__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["XDG_DATA_HOME"] = dataHome;
        return new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>The first line (from now on) matching <paramref name="pattern"/>, or null when the process ended without one.</summary>
    public async Task<Match?> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(cancel.Token))
            {
                var match = pattern.Match(line);
                if (match.Success)
                {
                    return match;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No line matching {pattern} within {timeout.TotalSeconds} s. Output:\n{Output}");
        }

        return null;
    }

    /// <summary>Waits for the process to end on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The host did not exit within {timeout.TotalSeconds} s. Output:\n{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            if (Interlocked.Decrement(ref _openStreams) == 0)
            {
                _lines.Writer.TryComplete();
            }

            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        _lines.Writer.TryWrite(line);
    }
}
