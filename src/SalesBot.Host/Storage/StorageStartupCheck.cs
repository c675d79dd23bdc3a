using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage;

/// <summary>First thing at start: <c>Storage</c> settings are valid, or start-up stops with one <see cref="StorageStartupException"/> listing every problem.</summary>
internal sealed class StorageStartupCheck(IOptions<StorageOptions> storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = storage.Value;
            return Task.CompletedTask;
        }
        catch (OptionsValidationException ex)
        {
            throw new StorageStartupException("Storage is not valid: " + string.Join(" ", ex.Failures));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
