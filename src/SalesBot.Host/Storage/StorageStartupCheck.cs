using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage;

/// <summary>First thing at start: <c>Storage</c> settings are valid, or start-up stops with one <see cref="StorageStartupException"/> listing every problem.</summary>
internal sealed class StorageStartupCheck(IOptions<StorageOptions> storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Validated(storage);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The settings, or the one-line <see cref="StorageStartupException"/>. Also used where the store is built, because the
    /// host constructs every hosted service (and so the store behind the turn pipeline) before starting the first one.
    /// </summary>
    public static StorageOptions Validated(IOptions<StorageOptions> storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        try
        {
            return storage.Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new StorageStartupException("Storage is not valid: " + string.Join(" ", ex.Failures));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
