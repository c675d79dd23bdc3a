using Microsoft.Extensions.Options;
using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Host.Conversations;

/// <summary>Managers as listed in configuration (<c>Roles:Managers</c>).</summary>
internal sealed class ConfiguredRoleDirectory(IOptionsMonitor<RolesOptions> options) : IRoleDirectory
{
    public bool IsManager(UserKey user)
    {
        ArgumentNullException.ThrowIfNull(user);
        foreach (var entry in options.CurrentValue.Managers)
        {
            var parts = entry.Split(':');
            var matches = parts.Length switch
            {
                2 => string.Equals(parts[0], user.Channel, StringComparison.OrdinalIgnoreCase) && parts[1] == user.UserId,
                3 => string.Equals(parts[0], user.Channel, StringComparison.OrdinalIgnoreCase) && parts[1] == user.TenantId && parts[2] == user.UserId,
                _ => false,
            };
            if (matches)
            {
                return true;
            }
        }

        return false;
    }
}
