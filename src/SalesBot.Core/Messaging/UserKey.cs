namespace SalesBot.Core.Messaging;

/// <summary>Who is talking: the channel (local, teams, slack), the tenant or workspace, and the user's id there.</summary>
public sealed record UserKey(string Channel, string TenantId, string UserId)
{
    /// <summary>The tenant this user belongs to, as one string: <c>channel:tenant</c>.</summary>
    public string TenantKey => $"{Channel}:{TenantId}";

    public override string ToString() => $"{Channel}:{TenantId}:{UserId}";
}
