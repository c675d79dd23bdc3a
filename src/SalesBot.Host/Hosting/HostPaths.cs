namespace SalesBot.Host.Hosting;

/// <summary>
/// The content root (where appsettings.json and wwwroot are read from). ASP.NET Core uses the current directory, so
/// <c>dotnet /srv/salesbot/SalesBot.Host.dll</c> started from elsewhere would run without its own appsettings.json.
/// Here: an explicit content root (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>) wins;
/// otherwise the current directory when it holds appsettings.json (<c>dotnet run</c> in the project folder); otherwise the
/// folder the app was started from (<see cref="AppContext.BaseDirectory"/>).
/// </summary>
internal static class HostPaths
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>The content root to use, or null to keep ASP.NET Core's choice (an explicit content root was given).</summary>
    public static string? ContentRoot(IReadOnlyList<string> args, string currentDirectory, string baseDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        if (args.Any(IsContentRootArgument)
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT")))
        {
            return null;
        }

        return File.Exists(Path.Combine(currentDirectory, SettingsFile)) ? currentDirectory : baseDirectory;
    }

    /// <summary>The content root for this process (see <see cref="ContentRoot(IReadOnlyList{string}, string, string, Func{string, string?})"/>).</summary>
    public static string? ContentRoot(string[] args) =>
        ContentRoot(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Environment.GetEnvironmentVariable);

    private static bool IsContentRootArgument(string arg)
    {
        var key = arg.TrimStart('-', '/');
        var end = key.IndexOf('=', StringComparison.Ordinal);
        return string.Equals(end >= 0 ? key[..end] : key, "contentRoot", StringComparison.OrdinalIgnoreCase);
    }
}
