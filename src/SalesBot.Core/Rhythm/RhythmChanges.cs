namespace SalesBot.Core.Rhythm;

/// <summary>Documents of one tenant to write together, all or nothing (creates for null ETags, conditional replaces otherwise).</summary>
public sealed record RhythmChanges
{
    public IReadOnlyList<Versioned<PersonRhythm>> People { get; init; } = [];

    public IReadOnlyList<Versioned<Team>> Teams { get; init; } = [];

    public IReadOnlyList<Versioned<Scheduling.OneOnOneSchedule>> OneOnOnes { get; init; } = [];

    public IReadOnlyList<Versioned<FollowUpNotes>> Notes { get; init; } = [];

    public int Count => People.Count + Teams.Count + OneOnOnes.Count + Notes.Count;
}
