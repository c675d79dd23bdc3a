namespace SalesBot.Core.Tests.Scheduling;

/// <summary>One UTC offset change of a zone, found from TimeZoneInfo, with the local wall-clock window it creates.</summary>
internal sealed record ZoneTransition(string ZoneId, DateTimeOffset Instant, TimeSpan OffsetBefore, TimeSpan OffsetAfter)
{
    /// <summary>Clocks go forward: local times in the window never happen.</summary>
    public bool IsGap => OffsetAfter > OffsetBefore;

    public TimeSpan Length => (OffsetAfter - OffsetBefore).Duration();

    /// <summary>Local start of the skipped (gap) or repeated (overlap) wall-clock window.</summary>
    public DateTime WindowStart => DateTime.SpecifyKind(Instant.UtcDateTime + (IsGap ? OffsetBefore : OffsetAfter), DateTimeKind.Unspecified);

    public DateTime WindowMiddle => WindowStart + (Length / 2);

    /// <summary>The local date of the window.</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(WindowStart);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public override string ToString() => $"{ZoneId} {Instant:yyyy-MM-ddTHH:mm}Z {OffsetBefore:g}→{OffsetAfter:g}";
}
