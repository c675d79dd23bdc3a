namespace SalesBot.Core.Rhythm;

/// <summary>A seller's top focus accounts for a week (the answer to the weekly focus prompt).</summary>
public sealed record FocusAccounts
{
    public const int MaxAccounts = 3;

    public required string PersonId { get; init; }

    /// <summary>The Monday of the week the accounts are for (in the seller's zone).</summary>
    public required DateOnly WeekOf { get; init; }

    public required IReadOnlyList<string> Accounts { get; init; }

    public required DateTimeOffset At { get; init; }
}
