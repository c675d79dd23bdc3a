using SalesBot.Core.Messaging;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Host.Tests.Support.Teams;

/// <summary>A Teams user of the test tenant: their per-bot <c>29:</c> id, Entra object id and personal chat with the bot.</summary>
public sealed record TeamsUser(string Name, string AadObjectId)
{
    public string UserId => $"29:{Name.ToLowerInvariant()}-{AadObjectId[..8]}";

    public string ConversationId => $"a:personal-{AadObjectId[..8]}";

    public UserKey Key => new("teams", FakeConnector.TenantId, AadObjectId);

    /// <summary>A new user with a fresh Entra id (tests share one host, so each uses its own people).</summary>
    public static TeamsUser New(string name) => new(name, Guid.NewGuid().ToString());
}
