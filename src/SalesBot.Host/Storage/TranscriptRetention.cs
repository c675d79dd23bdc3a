using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage;

/// <summary>
/// How long transcripts and session summaries live (a per-document time to live, set when each is written): the tenant's
/// own setting from <see cref="StorageOptions.TenantRetention"/>, else <see cref="StorageOptions.TranscriptRetentionDays"/>.
/// A changed setting applies to documents written afterwards.
/// </summary>
internal sealed class TranscriptRetention
{
    private readonly TimeSpan? _default;
    private readonly Dictionary<string, TimeSpan?> _tenants;

    public TranscriptRetention(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _default = Days(value.TranscriptRetentionDays);
        _tenants = value.TenantRetention
            .Where(t => !string.IsNullOrWhiteSpace(t.Tenant))
            .GroupBy(t => t.Tenant.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Days(g.Last().Days), StringComparer.Ordinal);
    }

    /// <summary>The default time to live (null: keep forever).</summary>
    public TimeSpan? TimeToLive => _default;

    /// <summary>The time to live of a tenant's transcripts (<see cref="Core.Messaging.UserKey.TenantKey"/>); null: keep forever.</summary>
    public TimeSpan? For(string tenantKey) => _tenants.TryGetValue(tenantKey, out var ttl) ? ttl : _default;

    private static TimeSpan? Days(int days) => days > 0 ? TimeSpan.FromDays(days) : null;
}
