using SalesBot.Core.Content;

namespace SalesBot.Host.Conversations;

/// <summary>
/// Loads and validates the drill content when the host starts. A broken file stops the start-up with every problem
/// logged (file, line, field) instead of failing later in a seller's drill.
/// </summary>
internal sealed partial class ContentCheck(IServiceProvider services, ILogger<ContentCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var catalog = services.GetRequiredService<ContentCatalog>();
            LogLoaded(logger, catalog.Categories.Count, catalog.Personas.Count, catalog.Scenarios.Count, catalog.Version);
        }
        catch (ContentValidationException ex)
        {
            LogInvalid(logger, ex.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Content loaded: {Categories} objection categories, {Personas} personas, {Scenarios} scenarios (version {Version}).")]
    private static partial void LogLoaded(ILogger logger, int categories, int personas, int scenarios, string version);

    [LoggerMessage(EventId = 11, Level = LogLevel.Critical, Message = "SalesBot cannot start: {Problems}")]
    private static partial void LogInvalid(ILogger logger, string problems);
}
