using SalesBot.Core.Messaging;

namespace SalesBot.Core.Users;

/// <summary>Who may review the team playbook. Backed by configuration today; by the tenant install later.</summary>
public interface IRoleDirectory
{
    bool IsManager(UserKey user);

    /// <summary>
    /// A tenant admin assigned <paramref name="seller"/> to <paramref name="manager"/> (configuration <c>Roles:Reports</c>),
    /// so the manager sees the seller's practice without the seller accepting first.
    /// </summary>
    bool IsAssignedReport(UserKey manager, UserKey seller) => false;
}
