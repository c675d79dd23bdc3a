namespace SalesBot.Core.Rhythm;

/// <summary>Where a seller stands on a manager's team. Only <see cref="Accepted"/> and <see cref="Assigned"/> let the manager see the seller's practice.</summary>
public enum MembershipStatus
{
    /// <summary>The manager asked; the seller has not answered yet.</summary>
    Invited,

    /// <summary>The seller accepted the manager.</summary>
    Accepted,

    /// <summary>A tenant admin assigned the seller to the manager (configuration <c>Roles:Reports</c>).</summary>
    Assigned,

    /// <summary>The seller declined (or left the team).</summary>
    Declined,
}
