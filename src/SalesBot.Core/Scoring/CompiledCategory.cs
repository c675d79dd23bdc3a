using SalesBot.Core.Content;
using SalesBot.Core.Scoring.Blockers;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring;

/// <summary>Category cues compiled once per category: concern terms, method cues and blockers.</summary>
internal sealed class CompiledCategory
{
    private readonly Dictionary<string, ActClaim> _claims;

    public CompiledCategory(ObjectionCategory source)
    {
        Source = source;
        Concern = CuePattern.Compile(source.ConcernTerms.Phrases);
        Method = CuePattern.Compile(source.Method.Cues.Phrases);
        _claims = source.Blockers.Where(b => b.Act is not null)
            .GroupBy(b => b.Act!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new ActClaim(g.First(), [ActPattern.Phrases([.. g.First().Cues.Phrases])]), StringComparer.Ordinal);
        OwnBlockers = source.Blockers.Where(b => b.Act is null).Select(b => new CategoryBlockerAct(b)).ToArray();
        var method = source.Method;
        MethodReasons = ($"{method.Name}: done.", $"{method.Name}: only partly. {method.Description}", $"{method.Name}: missing. {method.Description}");
    }

    /// <summary>The method criterion's reasons when met, partly met and missed.</summary>
    public (string Met, string Partly, string Missed) MethodReasons { get; }

    public ObjectionCategory Source { get; }

    public CueSet Concern { get; }

    public CueSet Method { get; }

    /// <summary>The category's blockers that claim no act, checked by their own phrases.</summary>
    public IReadOnlyList<CategoryBlockerAct> OwnBlockers { get; }

    /// <summary>The category blocker that claims an act (reported under its id), with its extra phrases, or null.</summary>
    public ActClaim? ClaimOf(string act) => _claims.GetValueOrDefault(act);

    public bool MentionsConcern(IReadOnlyList<Token> tokens, int from, int to) => Concern.AnyIn(tokens, from, to);

    /// <summary>A category blocker standing for an act, and its own phrases for it.</summary>
    public sealed record ActClaim(Blocker Blocker, IReadOnlyList<ActPattern> Patterns);
}
