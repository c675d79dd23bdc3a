using SalesBot.Core.Content;
using SalesBot.Core.Playbook;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>
/// Which teammate's approved answer a practice round shows: one to this category by someone else, never one that names
/// another buyer's company (it was written for a different buyer), preferring the phrasing just answered, then the best score.
/// </summary>
internal static class ModelAnswers
{
    public static PlaybookEntry? Pick(IReadOnlyList<PlaybookEntry> entries, ContentCatalog content, ObjectionCategory category, Phrasing phrasing, Persona persona, UserState user, DrillSession session)
    {
        var others = content.Personas.Where(p => p.Id != persona.Id).Select(p => p.Company).ToList();
        var fitting = entries
            .Where(e => e.CategoryId == category.Id && e.Seller != user.User)
            .Where(e => !others.Any(company => e.Answer.Contains(company, StringComparison.OrdinalIgnoreCase) || e.Objection.Contains(company, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(e => e.PhrasingId == phrasing.Id)
            .ThenByDescending(e => e.Score)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        if (fitting.Count == 0)
        {
            return null;
        }

        // Among the entries for the phrasing just answered (or, without any, among all), pick one the seed chooses.
        var best = fitting.Where(e => e.PhrasingId == fitting[0].PhrasingId && fitting[0].PhrasingId == phrasing.Id).ToList();
        return DrillRandom.Pick(best.Count > 0 ? best : fitting, session.Seed, session.Turn);
    }
}
