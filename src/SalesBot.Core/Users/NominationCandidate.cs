namespace SalesBot.Core.Users;

/// <summary>
/// An answer good enough to be nominated for the team playbook, kept until the seller decides. Only a pointer and the
/// score: the answer and the buyer's line are in the transcript entry of turn <see cref="Turn"/>, read when the seller
/// presses "Nominate" (so the state, read and written on every turn, does not carry answer texts).
/// </summary>
public sealed record NominationCandidate
{
    public required string Id { get; init; }

    /// <summary>The transcript sequence of the turn that scored the answer (<see cref="Transcripts.TranscriptEntry.IdFor"/>).</summary>
    public required long Turn { get; init; }
    public required string CategoryId { get; init; }
    public required string PhrasingId { get; init; }
    public required int Score { get; init; }
    public required string RubricVersion { get; init; }
    public required DateTimeOffset At { get; init; }
    public bool Nominated { get; init; }
}
