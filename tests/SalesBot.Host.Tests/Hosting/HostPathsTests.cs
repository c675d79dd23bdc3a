using SalesBot.Host.Hosting;
using SalesBot.Host.Storage.Sqlite;

namespace SalesBot.Host.Tests.Hosting;

/// <summary>Where the host reads its settings from, and where the default database goes.</summary>
public sealed class HostPathsTests : IDisposable
{
    private readonly string _withSettings = Directory.CreateTempSubdirectory("salesbot-cwd").FullName;
    private readonly string _withoutSettings = Directory.CreateTempSubdirectory("salesbot-cwd").FullName;
    private readonly string _app = Directory.CreateTempSubdirectory("salesbot-app").FullName;

    public HostPathsTests()
    {
        File.WriteAllText(Path.Combine(_withSettings, "appsettings.json"), "{}");
    }

    public void Dispose()
    {
        Directory.Delete(_withSettings, recursive: true);
        Directory.Delete(_withoutSettings, recursive: true);
        Directory.Delete(_app, recursive: true);
    }

    [Fact]
    public void ContentRoot_CurrentFolderWithoutAppSettings_IsTheAppFolder()
    {
        Assert.Equal(_app, HostPaths.ContentRoot([], _withoutSettings, _app, NoEnvironment));
    }

    [Fact]
    public void ContentRoot_CurrentFolderWithAppSettings_StaysTheCurrentFolder()
    {
        Assert.Equal(_withSettings, HostPaths.ContentRoot([], _withSettings, _app, NoEnvironment));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/bot")]
    [InlineData("--contentroot")]
    [InlineData("/contentRoot=/srv/bot")]
    public void ContentRoot_GivenOnTheCommandLine_IsLeftToAspNetCore(string arg)
    {
        Assert.Null(HostPaths.ContentRoot([arg, "/srv/bot"], _withoutSettings, _app, NoEnvironment));
    }

    [Theory]
    [InlineData("ASPNETCORE_CONTENTROOT")]
    [InlineData("DOTNET_CONTENTROOT")]
    public void ContentRoot_GivenInTheEnvironment_IsLeftToAspNetCore(string variable)
    {
        Assert.Null(HostPaths.ContentRoot([], _withoutSettings, _app, name => name == variable ? "/srv/bot" : null));
    }

    [Fact]
    public void SqliteDefault_IsInTheUserDataFolder_NotUnderTheContentRoot()
    {
        var path = SqlitePaths.Resolve("", contentRoot: _app, dataHome: "/home/ana/.local/share");

        Assert.Equal("/home/ana/.local/share/salesbot/salesbot.db", path);
        Assert.False(path.StartsWith(_app, StringComparison.Ordinal));
    }

    [Fact]
    public void SqliteRelativePath_IsUnderTheContentRoot_AbsoluteStaysAsGiven()
    {
        Assert.Equal(Path.Combine(_app, "data", "x.db"), SqlitePaths.Resolve("data/x.db", _app, "/unused"));
        Assert.Equal("/var/lib/salesbot/x.db", SqlitePaths.Resolve("/var/lib/salesbot/x.db", _app, "/unused"));
    }

    [Fact]
    public void DataHome_PrefersAnAbsoluteXdgDataHome()
    {
        Assert.Equal("/data/xdg", SqlitePaths.DataHome(name => name == "XDG_DATA_HOME" ? "/data/xdg" : null));
        Assert.NotEqual("relative/xdg", SqlitePaths.DataHome(name => name == "XDG_DATA_HOME" ? "relative/xdg" : null));
        Assert.True(Path.IsPathRooted(SqlitePaths.DataHome(NoEnvironment)));
    }

    private static string? NoEnvironment(string name) => null;
}
