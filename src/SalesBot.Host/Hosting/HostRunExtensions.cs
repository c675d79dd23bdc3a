using SalesBot.Host.Storage;
using SalesBot.Slack.Configuration;
using SalesBot.Teams.Configuration;

namespace SalesBot.Host.Hosting;

/// <summary>Runs the app; a start-up failure caused by the environment ends the process with exit code 1 and its one-line message (already logged), not a crash dump.</summary>
internal static class HostRunExtensions
{
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ex is StorageStartupException or TeamsSettingsException)
        {
            // The host has logged it ("Hosting failed to start" + the message, no stack trace).
            return 1;
        }
        catch (SlackConfigurationException)
        {
            // Likewise: a half-filled Slack section, logged as the keys to fix.
            return 1;
        }
    }
}
