using SalesBot.Core.Content;
using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>A category's own blocker that claims no act (e.g. brush-off's "comply and quit"): its phrases, with the same scope rules.</summary>
internal sealed class CategoryBlockerAct(Blocker blocker) : PhraseAct
{
    private readonly ActPattern[] _patterns = [ActPattern.Phrases([.. blocker.Cues.Phrases])];

    public Blocker Blocker => blocker;

    public override string Id => blocker.Id;

    public override string Description => blocker.Description;

    public override IReadOnlyList<ActPattern> Patterns => _patterns;

    public override string BetterLine(AnswerReading answer) => blocker.BetterLine;
}
