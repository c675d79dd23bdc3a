namespace SalesBot.Host.Storage;

/// <summary>A tenant whose transcripts are kept for a different time than <see cref="StorageOptions.TranscriptRetentionDays"/>.</summary>
internal sealed class TenantRetention
{
    /// <summary>The tenant as <c>channel:tenantId</c> (e.g. <c>teams:72f988bf-…</c>, <c>slack:T0123</c>).</summary>
    public string Tenant { get; set; } = "";

    /// <summary>Days to keep this tenant's transcripts and session summaries (0 keeps them forever).</summary>
    public int Days { get; set; }
}
