using Microsoft.Extensions.Options;

namespace SalesBot.Host.Storage;

/// <summary>How long transcripts and session summaries live (per-document time to live).</summary>
internal sealed class TranscriptRetention(IOptions<StorageOptions> options)
{
    public TimeSpan? TimeToLive => options.Value.TranscriptRetentionDays > 0 ? TimeSpan.FromDays(options.Value.TranscriptRetentionDays) : null;
}
