namespace SalesBot.Core.Rhythm;

/// <summary>Button ids of the manager's rhythm (stable: they live on sent cards).</summary>
public static class RhythmActions
{
    public const string Accept = "rhythm-accept";
    public const string Decline = "rhythm-decline";
    public const string TeamAdd = "rhythm-team-add";
    public const string OneOnOneAdd = "rhythm-1on1-add";
    public const string Assign = "rhythm-assign";
    public const string FollowUps = "rhythm-followups";
    public const string CheckIn = "rhythm-checkin";
    public const string NudgesSet = "rhythm-nudges-set";
    public const string Focus = "rhythm-focus";
    public const string TimeZone = "rhythm-timezone";
}
