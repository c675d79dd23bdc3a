namespace SalesBot.Host.Tests.Support;

/// <summary>Where the repository and the built host are, found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding SalesBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests run in (the folder name under bin/).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)).Parent!.Name;

    /// <summary>The host as built by <c>dotnet build</c> (with its own appsettings.json and runtimeconfig).</summary>
    public static string HostDll => Path.Combine(Root, "src", "SalesBot.Host", "bin", Configuration, "net10.0", "SalesBot.Host.dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SalesBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"SalesBot.sln was not found above {AppContext.BaseDirectory}.");
    }
}
