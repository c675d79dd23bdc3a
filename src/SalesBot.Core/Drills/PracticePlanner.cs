using SalesBot.Core.Content;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>A pick of what to drill next, with the reason shown to the seller.</summary>
public sealed record PracticePick(ObjectionCategory Category, string Reason);

/// <summary>
/// Spaced repetition over the taxonomy: drill what is due and weakest first, new categories before polishing developing ones,
/// and never the phrasing just answered.
/// </summary>
public static class PracticePlanner
{
    /// <summary>An unstarted category ranks as if it scored this, so a known weak category (below it) is drilled first.</summary>
    private const int UnknownScore = 50;

    public static PracticePick PickCategory(ContentCatalog content, UserState user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(user);
        var snapshots = content.Categories
            .Select((c, order) => (Category: c, Order: order, Snapshot: Proficiency.Of(c.Id, user.ProgressFor(c.Id), c.Phrasings.Count, now)))
            .ToList();

        var due = snapshots
            .Where(x => x.Snapshot.IsDue(now) && !x.Snapshot.IsProficient)
            .OrderBy(x => x.Snapshot.Band == ProficiencyBand.NotStarted ? UnknownScore : x.Snapshot.Score)
            .ThenBy(x => x.Order)
            .ToList();
        if (due.Count > 0)
        {
            var (category, _, snapshot) = due[0];
            var reason = snapshot.Band == ProficiencyBand.NotStarted
                ? $"you haven't practised **{category.Name}** yet"
                : $"**{category.Name}** is your weakest area right now ({snapshot.Score}/100, {Proficiency.Describe(snapshot.Band).ToLowerInvariant()})";
            return new PracticePick(category, reason);
        }

        var overdue = snapshots.Where(x => x.Snapshot.IsDue(now)).OrderBy(x => x.Snapshot.DueAt).ThenBy(x => x.Snapshot.Score).ToList();
        if (overdue.Count > 0)
        {
            return new PracticePick(overdue[0].Category, $"**{overdue[0].Category.Name}** is due for a refresher");
        }

        var next = snapshots.OrderBy(x => x.Snapshot.DueAt).ThenBy(x => x.Snapshot.Score).First();
        return new PracticePick(next.Category, $"everything is fresh; **{next.Category.Name}** is the next one due for review");
    }

    /// <summary>
    /// The next phrasing to practise: one the buyer (<paramref name="personaId"/>) voices, not just answered, not yet
    /// passed, near the seller's level.
    /// </summary>
    public static Phrasing PickPhrasing(ObjectionCategory category, UserState user, IReadOnlyCollection<string> exclude, int seed, int salt, DateTimeOffset now, string? personaId = null)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(exclude);
        var progress = user.ProgressFor(category.Id);
        var snapshot = Proficiency.Of(category.Id, progress, category.Phrasings.Count, now);
        var passed = (progress?.Attempts ?? []).TakeLast(Proficiency.PhrasingWindow).Where(a => a.Passed && !a.Repeat).Select(a => a.PhrasingId).ToHashSet();

        var voiced = category.Phrasings.Where(p => personaId is null || p.Fits(personaId)).ToList();
        if (voiced.Count == 0)
        {
            voiced = [.. category.Phrasings];
        }

        var pool = voiced.Where(p => !exclude.Contains(p.Id) && p.Id != user.LastPhrasingId).ToList();
        if (pool.Count == 0)
        {
            pool = voiced.Where(p => p.Id != user.LastPhrasingId).ToList();
        }

        if (pool.Count == 0)
        {
            pool = voiced;
        }

        var target = snapshot.Band switch
        {
            ProficiencyBand.NotStarted or ProficiencyBand.NeedsWork => Difficulty.Easy,
            ProficiencyBand.Developing => Difficulty.Medium,
            _ => Difficulty.Hard,
        };

        var ranked = pool
            .GroupBy(p => (passed.Contains(p.Id) ? 10 : 0) + Math.Abs((int)p.Difficulty - (int)target))
            .OrderBy(g => g.Key)
            .First()
            .ToList();
        return DrillRandom.Pick(ranked, seed, salt);
    }
}
