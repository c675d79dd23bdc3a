namespace SalesBot.Teams.Activities;

/// <summary>A user or bot: Teams user ids are <c>29:…</c> (unique per bot), bot ids <c>28:&lt;appId&gt;</c>.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The user's Entra object id: the stable key for a person.</summary>
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }
}
