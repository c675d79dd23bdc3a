using SalesBot.Core.Content;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Transcripts;

namespace SalesBot.Core.Rhythm;

/// <summary>Everything a pre-1:1 brief is composed from (read by the host before it sends).</summary>
public sealed record BriefInput
{
    public required OneOnOneSchedule Schedule { get; init; }

    public required MeetingOccurrence Meeting { get; init; }

    public required TeamMember Seller { get; init; }

    /// <summary>Practice is counted from here: the previous 1:1's start, else 14 days before this one.</summary>
    public required DateTimeOffset Since { get; init; }

    public IReadOnlyList<TranscriptEntry> Transcript { get; init; } = [];

    public IReadOnlyList<SessionRecord> Sessions { get; init; } = [];

    public IReadOnlyList<FollowUpItem> OpenFollowUps { get; init; } = [];

    public FocusAccounts? Focus { get; init; }

    public required ContentCatalog Content { get; init; }
}
