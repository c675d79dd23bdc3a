using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Scoring;

/// <summary>A labelled set scored once: the English answers with their score cards, and the measures the tests check.</summary>
internal sealed class LabelledSetEvaluation
{
    private LabelledSetEvaluation(IReadOnlyList<(LabelledObjection Objection, IReadOnlyList<(LabelledAnswer Answer, ScoreCard Card)> Scored)> objections)
    {
        Objections = objections;
    }

    public IReadOnlyList<(LabelledObjection Objection, IReadOnlyList<(LabelledAnswer Answer, ScoreCard Card)> Scored)> Objections { get; }

    public IEnumerable<(LabelledObjection Objection, LabelledAnswer Answer, ScoreCard Card)> All =>
        Objections.SelectMany(o => o.Scored.Select(s => (o.Objection, s.Answer, s.Card)));

    /// <summary>Scores the set; answers in other languages are kept out unless <paramref name="includeOtherLanguages"/>.</summary>
    public static LabelledSetEvaluation Score(string file, AnswerScorer scorer, bool includeOtherLanguages = false) => new(
        LabelledAnswers.Load(file).Select(o =>
        {
            var context = new ScoringContext
            {
                Profile = RubricProfile.Objection,
                Category = TestContent.Catalog.GetCategory(o.Category),
                BuyerLine = o.Objection,
                BuyerContext = o.Buyer,
            };
            IReadOnlyList<(LabelledAnswer, ScoreCard)> scored = o.Answers.Where(a => includeOtherLanguages || a.IsEnglish)
                .Select(a => (a, scorer.Score(a.Text, context))).ToList();
            return (o, scored);
        }).ToList());

    /// <summary>Pairs of English answers to the same objection with different labels, and how many the scores order correctly.</summary>
    public (int Ordered, int Pairs) PairwiseOrdering()
    {
        var pairs = 0;
        var ordered = 0;
        foreach (var (_, scored) in Objections)
        {
            var english = scored.Where(s => s.Answer.IsEnglish).ToList();
            foreach (var higher in english)
            {
                foreach (var lower in english.Where(l => l.Answer.Rank < higher.Answer.Rank))
                {
                    pairs++;
                    ordered += higher.Card.Overall > lower.Card.Overall ? 1 : 0;
                }
            }
        }

        return (ordered, pairs);
    }

    /// <summary>Share (0–100) of the English answers with this label that pass.</summary>
    public double PassRate(string label)
    {
        var answers = All.Where(a => a.Answer.IsEnglish && a.Answer.Label == label).ToList();
        return 100.0 * answers.Count(a => a.Card.Passed) / answers.Count;
    }

    public IEnumerable<string> Describe(string label, bool passed) => All
        .Where(a => a.Answer.IsEnglish && a.Answer.Label == label && a.Card.Passed == passed)
        .Select(a => $"{a.Objection.Id} {a.Card.Overall} [{a.Answer.Family}]: {a.Answer.Text}");
}
