namespace SalesBot.Host.Storage.Sqlite;

/// <summary>
/// Where the SQLite file lives. The default is the per-user data folder (<c>$XDG_DATA_HOME/salesbot</c>, else
/// <c>~/.local/share/salesbot</c>; <c>%LOCALAPPDATA%\salesbot</c> on Windows), never the content root: the host watches
/// its content root for configuration changes, and a database there wakes that watcher on every WAL write.
/// </summary>
internal static class SqlitePaths
{
    public const string FileName = "salesbot.db";

    /// <summary>The database file for a configured path: empty means <see cref="DefaultDatabase"/>, relative means under <paramref name="contentRoot"/>.</summary>
    public static string Resolve(string? configuredPath, string contentRoot, string dataHome) =>
        string.IsNullOrWhiteSpace(configuredPath)
            ? DefaultDatabase(dataHome)
            : System.IO.Path.GetFullPath(configuredPath, contentRoot);

    /// <summary>The default database file under a per-user data folder.</summary>
    public static string DefaultDatabase(string dataHome) => System.IO.Path.GetFullPath(System.IO.Path.Combine(dataHome, "salesbot", FileName));

    /// <summary>
    /// The per-user data folder: <c>$XDG_DATA_HOME</c> when set to an absolute path, else what .NET reports for local
    /// application data (<c>~/.local/share</c> on Linux and macOS, <c>%LOCALAPPDATA%</c> on Windows).
    /// </summary>
    public static string DataHome(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var xdg = environment("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && System.IO.Path.IsPathRooted(xdg))
        {
            return xdg;
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(local)
            ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : local;
    }
}
