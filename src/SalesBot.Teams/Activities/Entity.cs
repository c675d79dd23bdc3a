namespace SalesBot.Teams.Activities;

/// <summary>
/// An activity entity. Teams sends <c>mention</c> (<see cref="Mentioned"/> + <see cref="Text"/>) and <c>clientInfo</c>
/// (<see cref="Locale"/>, <see cref="Country"/>, <see cref="Platform"/>, <see cref="Timezone"/>); both shapes share this record.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    public string? Locale { get; init; }

    public string? Country { get; init; }

    public string? Platform { get; init; }

    public string? Timezone { get; init; }
}
