namespace SalesBot.Core.Scheduling;

/// <summary>The fixed numbers of SalesBot's scheduling rules, in one place (documented in the scheduling ADR).</summary>
public static class SchedulingRules
{
    /// <summary>A morning-of brief's local time.</summary>
    public static readonly TimeOnly MorningOfBriefTime = new(8, 0);

    /// <summary>A morning-of brief arrives at least this long before its 1:1.</summary>
    public static readonly TimeSpan MorningOfMinimumLead = TimeSpan.FromHours(1);

    /// <summary>A brief defers to the end of the manager's quiet hours only when that is still this long before the 1:1.</summary>
    public static readonly TimeSpan BriefMinimumLead = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan DefaultMeetingDuration = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan MaximumMeetingDuration = TimeSpan.FromHours(8);

    /// <summary>An occurrence can be moved at most this many days from its original date.</summary>
    public const int MaximumMoveDays = 28;

    /// <summary>A follow-up request is useful until the start of this many local days after the 1:1's date.</summary>
    public const int FollowUpWindowDays = 2;

    /// <summary>A fire this much earlier than planned still counts as due (clock differences between instances).</summary>
    public static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(5);

    /// <summary>A send this late still counts as on time (not a catch-up) in the delivery record.</summary>
    public static readonly TimeSpan OnTimeGrace = TimeSpan.FromMinutes(2);
}
