namespace SalesBot.Core.Scheduling;

/// <summary>When the pre-1:1 brief arrives.</summary>
public enum BriefLead
{
    /// <summary>
    /// "24 h before", read as <b>the same local wall-clock time on the day before</b> (a Monday 10:00 1:1 → Sunday
    /// 10:00), not 24 elapsed hours: on the one weekend a year where the clocks change between the two, 24 elapsed
    /// hours would arrive an hour off (New York 1:1 on Sunday 8 March 2026 at 10:00 EDT: 24 h before is Saturday 09:00
    /// EST, the day-before rule says Saturday 10:00 EST, 23 h before), exactly the "an hour off after DST" complaint.
    /// </summary>
    DayBefore,

    /// <summary>At 08:00 local on the day of the 1:1, or one hour before it when the 1:1 starts before 09:00.</summary>
    MorningOf,
}
