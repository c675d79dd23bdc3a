using SalesBot.Core.Content;
using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// Finds the acts that fail an answer. Each act is looked for in any wording it knows (plus the category's own phrases
/// when a category blocker claims it); a hit names the sentence and the words that triggered it.
/// </summary>
internal static class BlockerDetector
{
    public static List<BlockerHit> Find(AnswerReading answer, IReadOnlyList<CriterionResult> criteria)
    {
        var hits = new List<BlockerHit>();
        var category = answer.Category;
        for (var a = 0; a < BlockerActs.All.Count; a++)
        {
            var act = BlockerActs.All[a];
            var claim = category?.ClaimOf(act.Id);
            if (act.Find(answer, claim?.Patterns ?? []) is not { } match)
            {
                continue;
            }

            if (claim is null)
            {
                hits.Add(Hit(answer, match, act.Id, act.Description, act.BetterLine(answer)));
            }
            else if (!Excused(claim.Blocker, criteria))
            {
                hits.Add(Hit(answer, match, claim.Blocker.Id, claim.Blocker.Description, claim.Blocker.BetterLine));
            }
        }

        var own = category?.OwnBlockers ?? [];
        for (var b = 0; b < own.Count; b++)
        {
            if (!Excused(own[b].Blocker, criteria) && own[b].Find(answer, []) is { } match)
            {
                hits.Add(Hit(answer, match, own[b].Id, own[b].Description, own[b].BetterLine(answer)));
            }
        }

        return hits;
    }

    /// <summary>A blocker with <c>unless</c> doesn't apply when one of those criteria was fully met.</summary>
    private static bool Excused(Blocker blocker, IReadOnlyList<CriterionResult> criteria) =>
        blocker.Unless.Any(id => criteria.Any(c => c.Id == id && c.Status == CriterionStatus.Met));

    private static BlockerHit Hit(AnswerReading answer, ActMatch match, string id, string description, string betterLine)
    {
        var tokens = answer.Tokens;
        var from = tokens[match.First].Start;
        var last = tokens[match.End - 1];
        return new BlockerHit(id, description, Quote.Of(answer.SentenceText(match.Sentence)), betterLine)
        {
            Words = answer.Text.Text[from..(last.Start + last.Length)],
        };
    }
}
