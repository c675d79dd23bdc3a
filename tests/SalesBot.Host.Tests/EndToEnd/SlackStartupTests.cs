using System.Text.RegularExpressions;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>The built host with Slack settings, started as an operator starts it: a half-filled section stops it clearly.</summary>
public sealed partial class SlackStartupTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "salesbot-tests", Guid.NewGuid().ToString("N"));

    public SlackStartupTests()
    {
        Directory.CreateDirectory(_scratch);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }
    }

    [Fact]
    public async Task HalfFilledSlackSection_StopsTheStart_WithExitCode1_NamingTheKeys_NoStackTrace_NoSecret()
    {
        await using var host = HostProcess.Start(
            _scratch, Path.Combine(_scratch, "data"), "--Urls=http://127.0.0.1:0", "--Slack:Mode=SocketMode", "--Slack:BotToken=xoxb-secret-never-printed", "--Slack:ClientId=1111.2222");

        var exitCode = await host.WaitForExitAsync(Timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("SlackConfigurationException", host.Output, StringComparison.Ordinal);
        Assert.Contains("Slack:AppToken", host.Output, StringComparison.Ordinal);
        Assert.Contains("Slack:ClientSecret", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-secret-never-printed", host.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), host.Output);
    }

    [GeneratedRegex(@"(?m)^\s+at \S+\(")]
    private static partial Regex StackFrame();
}
