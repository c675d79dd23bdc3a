namespace SalesBot.Teams.Tests.Support;

/// <summary>Paths in the repository, found from the test binaries by walking up to SalesBot.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SalesBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SalesBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string Harness => Path.Combine(Root, "tests", "harness", "teams");

    public static string Manifests => Path.Combine(Root, "manifests", "teams");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams-recorded");
}
