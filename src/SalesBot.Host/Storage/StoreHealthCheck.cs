using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SalesBot.Host.Storage;

/// <summary>Readiness: the store answers a trivial request.</summary>
internal sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.CheckAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store is unreachable.", ex);
        }
    }
}
