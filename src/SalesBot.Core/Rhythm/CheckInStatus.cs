namespace SalesBot.Core.Rhythm;

/// <summary>A habit nudge's check-in.</summary>
public enum CheckInStatus
{
    Done,
    NotThisWeek,
    Snoozed,
}
