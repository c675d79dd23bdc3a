namespace SalesBot.Core.Scheduling;

/// <summary>
/// Everything that can make SalesBot message one person first: the 1:1s they manage (briefs and follow-up requests),
/// the teams they are a member of (habit nudges) and their focus-account prompt, with their own preferences. A
/// seller's preferences never appear in their manager's agenda, so they cannot hold back the manager's brief.
/// </summary>
public sealed record RecipientAgenda
{
    public required PersonPreferences Person { get; init; }

    /// <summary>The zone used when the person's own is not known yet (their team's, set by the manager).</summary>
    public required string FallbackTimeZoneId { get; init; }

    /// <summary>1:1s where this person is the manager.</summary>
    public IReadOnlyList<OneOnOneSchedule> OneOnOnes { get; init; } = [];

    /// <summary>Teams this person is a member of (a manager gets their own team's nudge too).</summary>
    public IReadOnlyList<TeamNudgeSchedule> Teams { get; init; } = [];

    public FocusPromptSchedule? FocusPrompt { get; init; }

    /// <summary>One-off reminders of snoozed habit nudges (team id, the nudge's nominal date, local reminder time).</summary>
    public IReadOnlyList<NudgeReminder> Reminders { get; init; } = [];

    /// <summary>The zone the person's nudges, quiet hours and local days are read in.</summary>
    public string TimeZoneId => Person.TimeZoneId ?? FallbackTimeZoneId;
}
