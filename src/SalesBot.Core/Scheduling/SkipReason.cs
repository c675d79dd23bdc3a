namespace SalesBot.Core.Scheduling;

/// <summary>Why a planned occurrence is not sent. Every skip is recorded in the delivery ledger, never silent.</summary>
public enum SkipReason
{
    /// <summary>The manager skipped this occurrence of the 1:1.</summary>
    SkippedByManager,

    /// <summary>The 1:1, the team nudge or the focus prompt is paused until a later date.</summary>
    SchedulePaused,

    /// <summary>The recipient is out of office / paused until a later date.</summary>
    RecipientAway,

    /// <summary>The recipient opted out of nudges.</summary>
    OptedOut,

    /// <summary>The recipient already gets a nudge that local day, and the next day is taken too.</summary>
    DailyCapReached,

    /// <summary>Catch-up after downtime: the 1:1 has already started, so its brief is no use.</summary>
    MeetingStarted,

    /// <summary>Catch-up after downtime: the nudge's local day is over.</summary>
    DayEnded,

    /// <summary>Catch-up after downtime: the recipient's quiet hours have begun on the nudge's day.</summary>
    QuietHoursBegan,

    /// <summary>Catch-up after downtime: too long after the 1:1 to ask for its follow-ups.</summary>
    FollowUpWindowPassed,
}
