using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>An act that fails an answer whatever its points. Each act recognises the behaviour, in any wording it knows.</summary>
internal interface IBlockerAct
{
    /// <summary>Stable id, also the <c>act:</c> a content blocker can claim.</summary>
    string Id { get; }

    string Description { get; }

    string BetterLine(AnswerReading answer);

    /// <summary>The first place the act shows, also trying a category's own phrases for it (<paramref name="extra"/>).</summary>
    ActMatch? Find(AnswerReading answer, IReadOnlyList<ActPattern> extra);
}
