namespace SalesBot.Host.Scheduling;

/// <summary>One channel's send rates for scheduled deliveries (per instance). 0 means unlimited.</summary>
internal sealed class ChannelPacing
{
    public double PerTenantPerSecond { get; set; }

    public double PerConversationPerSecond { get; set; }
}
