using System.Diagnostics;

namespace SalesBot.Slack.Tests.Support;

/// <summary>Runs a script of tests/harness/slack (Slack's official Node SDKs, installed by test.sh with npm ci).</summary>
public static class NodeHarness
{
    public static string Directory { get; } = FindHarness();

    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@slack")))
        {
            Assert.Fail($"The Node harness is not installed: run 'npm ci' in {Directory} (./test.sh does it).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"node {script} exited {process.ExitCode}: {await stderr}\n{output}");
        return output;
    }

    private static string FindHarness()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "harness", "slack");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/harness/slack not found above " + AppContext.BaseDirectory);
    }
}
