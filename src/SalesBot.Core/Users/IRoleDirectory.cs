using SalesBot.Core.Messaging;

namespace SalesBot.Core.Users;

/// <summary>Who may review the team playbook. Backed by configuration today; by the tenant install later.</summary>
public interface IRoleDirectory
{
    bool IsManager(UserKey user);
}
