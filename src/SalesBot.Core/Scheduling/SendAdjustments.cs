namespace SalesBot.Core.Scheduling;

/// <summary>Why a planned send is not at its rule's instant (recorded with the delivery, shown when a user asks "why now?").</summary>
[Flags]
public enum SendAdjustments
{
    None = 0,

    /// <summary>Moved to the end of the recipient's quiet hours.</summary>
    QuietHours = 1,

    /// <summary>Moved to the next local day: the recipient already had a nudge that day.</summary>
    DailyCap = 2,

    /// <summary>A morning-of brief sent one hour before a 1:1 that starts before 09:00.</summary>
    EarlyMeeting = 4,

    /// <summary>A brief sent inside the manager's quiet hours: their end would be too close to the 1:1.</summary>
    QuietHoursOverridden = 8,
}
