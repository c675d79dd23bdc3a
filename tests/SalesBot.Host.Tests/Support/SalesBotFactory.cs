using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SalesBot.Host.Tests.Support;

/// <summary>
/// The real host on Kestrel, bound to 127.0.0.1 on a free port, with its SQLite file in a temp folder. Two factories
/// given the same <see cref="DatabasePath"/> are "the bot before and after a restart".
/// </summary>
public sealed class SalesBotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;
    private readonly Action<IServiceCollection>? _services;

    public SalesBotFactory(
        string? databasePath = null,
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        DatabasePath = databasePath ?? TempDatabase();
        _time = time;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Sqlite:Path"] = DatabasePath,
            ["Urls"] = "http://127.0.0.1:0",
        };
        _settings.TryAdd("Roles:Managers:0", "local:manager");
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath { get; }

    public static string TempDatabase() =>
        Path.Combine(Path.GetTempPath(), "salesbot-tests", Guid.NewGuid().ToString("N"), "salesbot.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(_time)));
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
