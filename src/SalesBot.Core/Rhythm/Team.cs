using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Rhythm;

/// <summary>
/// A manager's team (one per manager, in the manager's tenant): the sellers with their consent status and the weekly
/// habit nudge the manager set. The tenant roster of who manages whom is the set of these documents.
/// </summary>
public sealed record Team
{
    public required string Id { get; init; }

    public required string ManagerId { get; init; }

    public string? ManagerName { get; init; }

    public IReadOnlyList<TeamMember> Members { get; init; } = [];

    /// <summary>The weekly habit nudge, or null until the manager sets one.</summary>
    public TeamNudgeSchedule? Nudge { get; init; }

    public TeamMember? Member(string personId) => Members.FirstOrDefault(m => m.PersonId == personId);

    public Team WithMember(TeamMember member) =>
        this with { Members = Members.Where(m => m.PersonId != member.PersonId).Append(member).ToList() };

    public Team WithoutMember(string personId) => this with { Members = Members.Where(m => m.PersonId != personId).ToList() };

    /// <summary>Everyone who receives the team's nudge: the manager and each member who accepted or was assigned.</summary>
    public IEnumerable<string> NudgeRecipients() =>
        Members.Where(m => m.SharesPractice).Select(m => m.PersonId).Prepend(ManagerId);

    public string ManagerLabel => string.IsNullOrWhiteSpace(ManagerName) ? RhythmIds.UserPart(ManagerId) : ManagerName;
}
