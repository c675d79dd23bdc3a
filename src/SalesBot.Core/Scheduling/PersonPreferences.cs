namespace SalesBot.Core.Scheduling;

/// <summary>What a person has set about being contacted: their own time zone, quiet hours, away (out of office) and opt-out.</summary>
public sealed record PersonPreferences
{
    /// <summary>The person's id as the rest of SalesBot writes it (<c>channel:tenant:user</c>).</summary>
    public required string PersonId { get; init; }

    /// <summary>The person's own IANA zone (from the channel or asked once); null when not known yet.</summary>
    public string? TimeZoneId { get; init; }

    public QuietHours? QuietHours { get; init; }

    /// <summary>
    /// Out of office / "pause until": the first local date on which this person is contacted again. Nudges, and a
    /// manager's own briefs and follow-up requests, due on an earlier local date are skipped (and the skip recorded).
    /// </summary>
    public DateOnly? ResumesOn { get; init; }

    /// <summary>No habit nudges or focus-account prompts (briefs still arrive: they are the manager's own 1:1s).</summary>
    public bool NudgesOptedOut { get; init; }

    public bool IsAwayOn(DateOnly localDate) => ResumesOn is { } resumes && localDate < resumes;
}
