using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;

namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// The real SalesBot host (Program.cs: pipeline, SQLite file, local and Slack channels) on Kestrel at 127.0.0.1 port 0,
/// with the fake Slack as its Web API (<c>Slack:ApiBaseUrl</c>). HTTP mode by default; Socket Mode with
/// <see cref="SocketMode"/>. Two hosts given the same <see cref="DatabasePath"/> are two instances sharing one store.
/// </summary>
public sealed class SlackHost : WebApplicationFactory<Program>
{
    public const string TeamId = FakeSlack.TeamId;
    public const string BotToken = "xoxb-test-bot-token-0001";
    public const string AppToken = "xapp-1-A0001-test-app-token";
    public const string ClientSecret = "test-client-secret-0123456789abcdef";
    public const string ManagerId = "U0MGR";

    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;

    public SlackHost(FakeSlack slack, bool socketMode = false, string? databasePath = null, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        _time = time;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), "salesbot-slack-tests", Guid.NewGuid().ToString("N"), "salesbot.db");
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = DatabasePath,
            ["Urls"] = "http://127.0.0.1:0",
            ["Roles:Managers:0"] = $"slack:{TeamId}:{ManagerId}",
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:ClientId"] = "1111.2222",
            ["Slack:ClientSecret"] = ClientSecret,

            // The flows answer as fast as the bot replies; pacing to 1 message/s per channel is covered by the API client tests.
            ["Slack:ChannelBurst"] = "100",
        };
        if (socketMode)
        {
            _settings["Slack:Mode"] = "SocketMode";
            _settings["Slack:AppToken"] = AppToken;
        }
        else
        {
            _settings["Slack:SigningSecret"] = SlackRequests.Secret;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath { get; }

    public LogCapture Logs { get; } = new();

    public IConversationStore Conversations => Services.GetRequiredService<IConversationStore>();

    public IConversationReferenceStore Roster => Services.GetRequiredService<IConversationReferenceStore>();

    public static UserKey User(string userId, string teamId = TeamId) => new("slack", teamId, userId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        if (_time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(_time)));
        }
    }
}
