namespace SalesBot.Core.Rhythm;

/// <summary>The answer of <see cref="RhythmPeople.FindAsync"/>: one person, several, or none.</summary>
public sealed record PersonLookup
{
    public string? PersonId { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>The time zone the person's channel sent (from the roster), if any.</summary>
    public string? TimeZone { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    public bool IsFound => PersonId is not null;

    public string Name => DisplayName ?? (PersonId is null ? Text : RhythmIds.UserPart(PersonId));

    public static PersonLookup Found(string personId, string? displayName, string? timeZone = null) =>
        new() { PersonId = personId, DisplayName = displayName, Text = personId, TimeZone = timeZone };

    public static PersonLookup Ambiguous(string text, IReadOnlyList<string> choices) => new() { Text = text, Choices = choices };

    public static PersonLookup NotFound(string text) => new() { Text = text };

    /// <summary>Why the lookup failed, for the chat reply.</summary>
    public string Problem => Choices.Count > 0
        ? $"\u201C{Text}\u201D could be {string.Join(" or ", Choices)}: use their user id."
        : $"I don't know \u201C{Text}\u201D in this workspace yet: they need to say hi to SalesBot once, then try again.";
}
