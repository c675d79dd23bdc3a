namespace SalesBot.Core.Rhythm;

/// <summary>A seller on a manager's team.</summary>
public sealed record TeamMember
{
    /// <summary><c>channel:tenant:user</c>.</summary>
    public required string PersonId { get; init; }

    public string? DisplayName { get; init; }

    public required MembershipStatus Status { get; init; }

    public required DateTimeOffset Since { get; init; }

    /// <summary>The manager may see this seller's practice and brief on it.</summary>
    public bool SharesPractice => Status is MembershipStatus.Accepted or MembershipStatus.Assigned;

    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? RhythmIds.UserPart(PersonId) : DisplayName;
}
