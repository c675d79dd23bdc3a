using SalesBot.Core.Content;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring;

/// <summary>Category cues compiled once per category.</summary>
internal sealed class CompiledCategory
{
    public CompiledCategory(ObjectionCategory source)
    {
        Source = source;
        Concern = CuePattern.Compile(source.ConcernTerms.Phrases);
        Method = CuePattern.Compile(source.Method.Cues.Phrases);
        Blockers = source.Blockers.Select(b => (b, CuePattern.Compile(b.Cues.Phrases))).ToArray();
    }

    public ObjectionCategory Source { get; }

    public CueSet Concern { get; }

    public CueSet Method { get; }

    public IReadOnlyList<(Blocker Blocker, CueSet Cues)> Blockers { get; }

    public bool MentionsConcern(IReadOnlyList<Token> tokens, int from, int to) => Concern.AnyIn(tokens, from, to);
}
