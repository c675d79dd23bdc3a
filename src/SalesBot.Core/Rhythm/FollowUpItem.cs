namespace SalesBot.Core.Rhythm;

/// <summary>One follow-up agreed in a 1:1.</summary>
public sealed record FollowUpItem
{
    public required string Text { get; init; }

    /// <summary>The nominal date of the 1:1 it came from.</summary>
    public required DateOnly MeetingDate { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public bool Done { get; init; }
}
