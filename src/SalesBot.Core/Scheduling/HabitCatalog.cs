namespace SalesBot.Core.Scheduling;

/// <summary>The four habits in rotation order, each with micro-actions small enough for one week.</summary>
public static class HabitCatalog
{
    public static IReadOnlyList<Habit> All { get; } =
    [
        new(HabitKind.AccountPlan, "Account plan with focus accounts",
        [
            new("Ask each seller for their top 3 focus accounts by Wednesday and check each has a dated next step.",
                "Pick your top 3 focus accounts for this week and write one next step with a date for each."),
            new("With one seller, name the economic buyer on their top account and when they last spoke.",
                "On your top account, name the economic buyer and book a conversation with them this week."),
            new("Pick one stalled focus account per seller and agree the one action that restarts it.",
                "For your most stalled account, write down why it stalled and one action to restart it."),
        ]),
        new(HabitKind.InspectAndCoach, "Inspect and coach in 1:1s",
        [
            new("In each 1:1 this week, inspect one deal and coach one skill, and keep the two apart.",
                "Bring one stuck deal and one skill you want to work on to your next 1:1."),
            new("Open the brief before each 1:1 and ask about the weakest category it shows.",
                "Before your 1:1, write three agenda items: a win, a stuck deal and a skill gap."),
            new("End each 1:1 with one written commitment the seller will test on a real call.",
                "Write down one commitment from your 1:1 and try it on a real call this week."),
        ]),
        new(HabitKind.RolePlay, "Role-play",
        [
            new("Send one seller a role-play on their weakest objection category.",
                "Do one 5-minute drill on your weakest category (type practice)."),
            new("Run a 10-minute live role-play in one 1:1, with you as the buyer.",
                "Do one role-play against the toughest buyer (type roleplay)."),
            new("Give the whole team the same objection this week and compare the best answers on Friday.",
                "Practise the objection you heard most on calls last week until you pass it."),
        ]),
        new(HabitKind.CoachTopPerformers, "Coach top performers, grow the playbook",
        [
            new("Review the nominated answers (type review) and approve the best one for the playbook.",
                "Nominate your best drill answer for the team playbook."),
            new("Ask your top performer how they handle one objection and add it to the playbook.",
                "Read two playbook answers for your weakest category (type playbook)."),
            new("Give your top performer one stretch goal and one thing to coach a peer on.",
                "Pair with a teammate for 10 minutes and handle each other's toughest objection."),
        ]),
    ];
}
