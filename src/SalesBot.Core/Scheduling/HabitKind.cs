namespace SalesBot.Core.Scheduling;

/// <summary>The four manager habits the weekly team nudge rotates through (sales-coaching reference §4.2).</summary>
public enum HabitKind
{
    /// <summary>Maintain the account-based plan with focus accounts.</summary>
    AccountPlan,

    /// <summary>Inspect and coach in 1:1s (with the brief).</summary>
    InspectAndCoach,

    /// <summary>Run role-play: assign or do a drill with the seller.</summary>
    RolePlay,

    /// <summary>Coach the top performers and grow the team playbook from their best answers.</summary>
    CoachTopPerformers,
}
