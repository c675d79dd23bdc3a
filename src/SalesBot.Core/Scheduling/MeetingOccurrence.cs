namespace SalesBot.Core.Scheduling;

/// <summary>One occurrence of a recurring 1:1.</summary>
public sealed record MeetingOccurrence
{
    /// <summary>The rule's local date for this occurrence: its identity, unchanged when the occurrence is moved.</summary>
    public required DateOnly NominalDate { get; init; }

    /// <summary>The local wall-clock date and time asked for (the rule's, or the moved one), before DST resolution.</summary>
    public required DateTime LocalStart { get; init; }

    /// <summary>The instant it starts (a skipped local time lands shifted forward by the gap, a repeated one at its first pass).</summary>
    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public bool Moved { get; init; }

    /// <summary>Set when the occurrence will not take place (skipped by the manager, or the 1:1 is paused).</summary>
    public SkipReason? Skip { get; init; }

    public DateOnly LocalDate => DateOnly.FromDateTime(LocalStart);
}
