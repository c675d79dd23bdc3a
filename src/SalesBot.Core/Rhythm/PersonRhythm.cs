using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Rhythm;

/// <summary>
/// One person's rhythm document (in the tenant's rhythm partition): their contact preferences (own time zone, quiet hours,
/// away, opt-out), their focus prompt, and which teams and 1:1s involve them, so one person's agenda is a few point reads.
/// </summary>
public sealed record PersonRhythm
{
    public required string PersonId { get; init; }

    public string? DisplayName { get; init; }

    public required PersonPreferences Preferences { get; init; }

    /// <summary>The zone the channel last sent for this person (Teams <c>localTimezone</c>, Slack <c>tz</c>, the browser's); their own setting wins.</summary>
    public string? ChannelTimeZoneId { get; init; }

    /// <summary>The weekly "top 3 focus accounts" prompt (set while the person is a seller on a team).</summary>
    public FocusPromptSchedule? FocusPrompt { get; init; }

    /// <summary>Teams this person is a member of (any status; the team document says which).</summary>
    public IReadOnlyList<string> MemberOf { get; init; } = [];

    /// <summary>The team this person manages, if any.</summary>
    public string? ManagesTeam { get; init; }

    /// <summary>1:1 schedules where this person is the manager.</summary>
    public IReadOnlyList<string> OneOnOnes { get; init; } = [];

    /// <summary>Snoozed habit nudges: a one-off reminder each (see <see cref="NudgeSnooze"/>).</summary>
    public IReadOnlyList<NudgeSnooze> Snoozes { get; init; } = [];

    /// <summary>The zone everything about this person is read in: their own setting, else what their channel sent.</summary>
    public string? TimeZoneId => Preferences.TimeZoneId ?? ChannelTimeZoneId;

    public static PersonRhythm New(string personId, string? displayName) => new()
    {
        PersonId = personId,
        DisplayName = displayName,
        Preferences = new PersonPreferences { PersonId = personId },
    };

    public PersonRhythm WithMemberOf(string teamId) =>
        MemberOf.Contains(teamId) ? this : this with { MemberOf = [.. MemberOf, teamId] };

    public PersonRhythm WithoutMemberOf(string teamId) => this with { MemberOf = MemberOf.Where(t => t != teamId).ToList() };

    public PersonRhythm WithOneOnOne(string id) => OneOnOnes.Contains(id) ? this : this with { OneOnOnes = [.. OneOnOnes, id] };
}
