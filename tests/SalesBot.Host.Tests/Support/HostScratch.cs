namespace SalesBot.Host.Tests.Support;

/// <summary>
/// A scratch folder for starting the built host as an operator would: <see cref="Elsewhere"/> (an empty working
/// folder, not the host's own) and <see cref="DataHome"/> (its XDG data folder, where the default database goes).
/// Deleted on dispose.
/// </summary>
public sealed class HostScratch : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "salesbot-tests", Guid.NewGuid().ToString("N"));

    public HostScratch()
    {
        Directory.CreateDirectory(Elsewhere);
    }

    public string Elsewhere => Path.Combine(_root, "elsewhere");

    public string DataHome => Path.Combine(_root, "xdg-data");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }
    }
}
