namespace SalesBot.Teams.Activities;

/// <summary>A tenant, team, channel or source reference in channelData (<c>{"id","name","aadGroupId"}</c>).</summary>
public sealed record TeamsIdentifier
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }
}
