namespace SalesBot.Core.Scheduling;

/// <summary>What a planned send is.</summary>
public enum OccurrenceKind
{
    /// <summary>The pre-1:1 brief, to the manager. Not a nudge: never blocked by the seller's settings or the daily nudge cap.</summary>
    Brief,

    /// <summary>After the 1:1, the manager is asked for its follow-ups (they feed the next brief). Not a nudge.</summary>
    FollowUpRequest,

    /// <summary>The weekly team habit nudge, to each member in their own time zone.</summary>
    HabitNudge,

    /// <summary>The weekly "your top 3 focus accounts" prompt to a seller.</summary>
    FocusPrompt,

    /// <summary>A one-off reminder of a habit nudge the person snoozed ("Snooze until tomorrow"). Not counted against the daily cap: the person asked for it.</summary>
    HabitReminder,
}
