using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Core.Messaging;
using SalesBot.Host.Channels.Pipeline;
using SalesBot.Host.Conversations;
using SalesBot.Host.Scheduling;
using SalesBot.Host.Storage;

namespace SalesBot.Bench;

/// <summary>
/// The composition the production host uses for the rhythm (conversations, SQLite storage, turn pipeline, scheduling
/// runtime on Quartz and the real clock) with the benchmark's fake channels instead of Teams and Slack.
/// </summary>
internal static class RhythmBenchHost
{
    public static IHost Build(string databasePath, IReadOnlyDictionary<string, string?> settings, params IChannelMessenger[] messengers)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Sqlite:Path"] = databasePath,
            ["Scheduling:Enabled"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddSalesBotConversations();
        builder.AddStorage();
        builder.AddTurnPipeline();
        foreach (var messenger in messengers)
        {
            builder.Services.AddSingleton(messenger);
        }

        builder.AddScheduling();
        return builder.Build();
    }

    public static DocumentRhythmStore Store(IHost host) => host.Services.GetRequiredService<DocumentRhythmStore>();
}
