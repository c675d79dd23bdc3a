namespace SalesBot.Core.Rhythm;

/// <summary>The follow-ups of one recurring 1:1, across occurrences; the open ones are carried into the next brief.</summary>
public sealed record FollowUpNotes
{
    public const int MaxItems = 50;

    public required string OneOnOneId { get; init; }

    public IReadOnlyList<FollowUpItem> Items { get; init; } = [];

    public IEnumerable<FollowUpItem> Open => Items.Where(i => !i.Done);

    public FollowUpNotes With(IEnumerable<FollowUpItem> items) => this with { Items = Items.Concat(items).TakeLast(MaxItems).ToList() };

    public FollowUpNotes CloseAll() => this with { Items = Items.Select(i => i with { Done = true }).ToList() };
}
