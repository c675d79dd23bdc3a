namespace SalesBot.Core.Scheduling;

/// <summary>A seller's weekly "your top 3 focus accounts" prompt, in the seller's own zone; the answers feed their manager's brief.</summary>
public sealed record FocusPromptSchedule
{
    /// <summary>Monday 08:30: focus accounts are chosen at the start of the week, before most 1:1s.</summary>
    public static readonly TimeOnly DefaultTime = new(8, 30);

    public required string PersonId { get; init; }

    public required WeeklyRule Rule { get; init; }

    public DateOnly? ResumesOn { get; init; }

    public bool Deleted { get; init; }

    public static FocusPromptSchedule Default(string personId, DateOnly onOrAfter) => new()
    {
        PersonId = personId,
        Rule = WeeklyRule.Starting(DayOfWeek.Monday, DefaultTime, onOrAfter),
    };
}
