namespace SalesBot.Host.Channels.Local;

/// <summary>The local channel's inbox (<c>LocalChannel</c> section).</summary>
internal sealed class LocalChannelOptions
{
    public const string SectionName = "LocalChannel";

    /// <summary>How long a proactive message waits in a local user's inbox for their page to pick it up.</summary>
    public int InboxDays { get; set; } = 7;

    /// <summary>How often an open inbox stream re-reads the store without a signal (a message written by another instance).</summary>
    public TimeSpan InboxPollInterval { get; set; } = TimeSpan.FromSeconds(10);
}
