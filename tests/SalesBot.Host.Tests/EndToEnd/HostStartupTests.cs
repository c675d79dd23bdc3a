using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>
/// The built host started as an operator starts it (<c>dotnet path/to/SalesBot.Host.dll</c>, from another folder): it
/// loads its own appsettings.json, keeps its default database in the per-user data folder, and a store it cannot use
/// stops the start with exit code 1 and one clear line, no stack trace.
/// </summary>
public sealed partial class HostStartupTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly HostScratch _scratch = new();

    private string Elsewhere => _scratch.Elsewhere;

    private string DataHome => _scratch.DataHome;

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task StartedFromAnotherFolder_LoadsItsOwnAppSettings_AndKeepsTheDatabaseInTheUserDataFolder()
    {
        await using var host = HostProcess.Start(Elsewhere, DataHome, "--Urls=http://127.0.0.1:0");

        var ready = await host.WaitForLineAsync(ReadyLine(), Timeout);

        // appsettings.json sets single-line console logs with a "HH:mm:ss " timestamp; without it the line is "info: …" on two lines.
        Assert.NotNull(ready);
        Assert.Matches(AppSettingsFormat(), ready.Value);
        var database = Path.Combine(DataHome, "salesbot", "salesbot.db");
        Assert.True(File.Exists(database), $"No database at {database}. Output:\n{host.Output}");
        Assert.Contains($"SQLite store ready at {database}", host.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Elsewhere));
        using var http = new HttpClient();
        using var health = await http.GetAsync(new Uri(new Uri(ready.Groups["url"].Value), "/readyz"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task CosmosUnreachable_StopsTheStart_WithOneLineNamingTheEndpoint()
    {
        var endpoint = $"http://127.0.0.1:{ClosedPort()}/";
        var output = await StoppedStartAsync("--Urls=http://127.0.0.1:0", "--Storage:Provider=Cosmos", $"--Storage:Cosmos:Endpoint={endpoint}",
            $"--Storage:Cosmos:Key={CosmosTestServer.EmulatorKey}", "--Storage:Cosmos:LimitToEndpoint=true", "--Storage:Cosmos:StartupTimeout=00:00:20");

        Assert.Contains($"StorageStartupException: Cosmos DB at {endpoint} (database 'salesbot', container 'documents'): not reachable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HalfFilledCosmosSettings_StopTheStart_ListingWhatIsMissing()
    {
        var output = await StoppedStartAsync("--Urls=http://127.0.0.1:0", "--Storage:Provider=Cosmos", $"--Storage:Cosmos:Key={CosmosTestServer.EmulatorKey}", "--Storage:Cosmos:ConnectionMode=Tcp");

        Assert.Contains("StorageStartupException: Storage:Cosmos is not valid: Storage:Cosmos:Endpoint is required", output, StringComparison.Ordinal);
        Assert.Contains("Storage:Cosmos:ConnectionMode must be 'Gateway' or 'Direct', not 'Tcp'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProvider_StopsTheStart_WithOneLine()
    {
        var output = await StoppedStartAsync("--Urls=http://127.0.0.1:0", "--Storage:Provider=Mongo");

        Assert.Contains("StorageStartupException: Storage is not valid: Storage:Provider must be 'Sqlite' or 'Cosmos'.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSqliteSettings_StopTheStart_WithOneLineNamingEach()
    {
        var output = await StoppedStartAsync(
            "--Urls=http://127.0.0.1:0", "--Storage:Sqlite:CheckpointEveryCommits=0", "--Storage:Sqlite:CheckpointRestartPages=99", "--Storage:Sqlite:WriterCacheMiB=-1");

        Assert.Contains(
            "StorageStartupException: Storage:Sqlite is not valid: Storage:Sqlite:CheckpointEveryCommits must be at least 1. Storage:Sqlite:CheckpointRestartPages must be at least 100. Storage:Sqlite:WriterCacheMiB must be between 0 and 4096.",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task HalfFilledTeamsSettings_StopTheStart_WithOneLineNamingTheSetting()
    {
        var output = await StoppedStartAsync("--Urls=http://127.0.0.1:0", "--MicrosoftAppId=6b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "--Teams:TenantId=contoso.com");

        Assert.Contains("TeamsSettingsException: Teams settings are not valid: Teams:AppPassword (or MicrosoftAppPassword) is required when Teams:AppId is set.", output, StringComparison.Ordinal);
        Assert.Contains("Teams:TenantId (or MicrosoftAppTenantId) must be the tenant's id", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Starts the built host with <paramref name="args"/> and expects it to refuse: exit code 1, never ready, no stack
    /// trace. Returns its output for the one line the test expects.
    /// </summary>
    private async Task<string> StoppedStartAsync(params string[] args)
    {
        await using var host = HostProcess.Start(Elsewhere, DataHome, args);

        var exitCode = await host.WaitForExitAsync(Timeout);

        Assert.Equal(1, exitCode);
        Assert.DoesNotMatch(StackFrame(), host.Output);
        Assert.DoesNotContain("SalesBot is ready", host.Output, StringComparison.Ordinal);
        return host.Output;
    }

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [GeneratedRegex(@"^.*SalesBot is ready\. Open (?<url>http://127\.0\.0\.1:\d+/).*$")]
    private static partial Regex ReadyLine();

    [GeneratedRegex(@"^\d\d:\d\d:\d\d info: SalesBot\.Host\.Hosting\.StartupBanner\[1\] SalesBot is ready")]
    private static partial Regex AppSettingsFormat();

    [GeneratedRegex(@"(?m)^\s+at \S+\(")]
    private static partial Regex StackFrame();
}
