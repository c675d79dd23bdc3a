using SalesBot.Slack.Installations;

namespace SalesBot.Host.Channels.Slack;

/// <summary>
/// What the Host adds to the Slack channel (<c>AddSlackChannel()</c>): installations and used OAuth states on its
/// document store (SQLite or Cosmos DB), shared by every instance, instead of the channel's in-memory defaults.
/// </summary>
internal static class SlackHostExtensions
{
    public static IHostApplicationBuilder AddSlackStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISlackInstallationStore, DocumentSlackInstallationStore>();
        builder.Services.AddSingleton<ISlackOAuthStateStore, DocumentSlackOAuthStateStore>();
        return builder;
    }
}
