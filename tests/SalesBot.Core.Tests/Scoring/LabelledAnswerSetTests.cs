using SalesBot.Core.Content;
using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace SalesBot.Core.Tests.Scoring;

/// <summary>
/// The scorer against labelled answers across all eight categories. Three sets: the main one, a holdout and a blind set
/// written by different authors who never saw the scorer, so these tests measure behaviour, not memorised examples.
/// </summary>
public sealed class LabelledAnswerSetTests(ITestOutputHelper output)
{
    private readonly AnswerScorer _scorer = new();

    [Theory]
    [MemberData(nameof(LabelledAnswers.FileCases), MemberType = typeof(LabelledAnswers))]
    public void Set_CoversEveryCategoryWithEnoughAnswers(string file)
    {
        var objections = LabelledAnswers.Load(file);

        var answers = objections.SelectMany(o => o.Answers).ToList();

        Assert.True(answers.Count >= 60, $"{file} has {answers.Count} answers");
        Assert.Equal(ContentLoader.RequiredCategoryIds.Order(), objections.Select(o => o.Category).Distinct().Order());
        Assert.All(objections, o => Assert.Equal(["good", "mediocre", "poor"], o.Answers.Select(a => a.Label).Distinct().Order()));
    }

    [Theory]
    [MemberData(nameof(LabelledAnswers.FileCases), MemberType = typeof(LabelledAnswers))]
    public void EveryGoodAnswer_OutscoresEveryPoorAnswerToTheSameObjection(string file)
    {
        var failures = new List<string>();

        foreach (var (objection, scored) in Score(file))
        {
            foreach (var good in scored.Where(s => s.Answer.Label == "good"))
            {
                foreach (var poor in scored.Where(s => s.Answer.Label == "poor" && s.Card.Overall >= good.Card.Overall))
                {
                    failures.Add($"{objection.Id}: good {good.Card.Overall} <= poor {poor.Card.Overall}: \"{poor.Answer.Text}\"");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(LabelledAnswers.FileCases), MemberType = typeof(LabelledAnswers))]
    public void NoPoorAnswer_Passes(string file)
    {
        var passing = Score(file)
            .SelectMany(x => x.Scored.Where(s => s.Answer.Label == "poor" && s.Card.Passed).Select(s => $"{x.Objection.Id} {s.Card.Overall}: {s.Answer.Text}"))
            .ToList();

        Assert.Empty(passing);
    }

    [Theory]
    [MemberData(nameof(LabelledAnswers.FileCases), MemberType = typeof(LabelledAnswers))]
    public void PairwiseOrdering_GoodOverMediocreOverPoor_HoldsForAtLeast95Percent(string file)
    {
        var pairs = 0;
        var ordered = 0;
        foreach (var (_, scored) in Score(file))
        {
            foreach (var higher in scored)
            {
                foreach (var lower in scored.Where(l => l.Answer.Rank < higher.Answer.Rank))
                {
                    pairs++;
                    ordered += higher.Card.Overall > lower.Card.Overall ? 1 : 0;
                }
            }
        }

        var share = 100.0 * ordered / pairs;
        output.WriteLine($"{file}: {ordered}/{pairs} pairs ordered ({share:F1}%)");
        Assert.True(share >= 95, $"only {share:F1}% of pairs ordered");
    }

    [Theory]
    [MemberData(nameof(LabelledAnswers.FileCases), MemberType = typeof(LabelledAnswers))]
    public void MostGoodAnswers_Pass(string file)
    {
        var good = Score(file).SelectMany(x => x.Scored).Where(s => s.Answer.Label == "good").ToList();

        var passRate = 100.0 * good.Count(s => s.Card.Passed) / good.Count;

        output.WriteLine($"{file}: {passRate:F1}% of good answers pass");
        Assert.True(passRate >= 90, $"only {passRate:F1}% of good answers pass");
    }

    private List<(LabelledObjection Objection, List<(LabelledAnswer Answer, ScoreCard Card)> Scored)> Score(string file) =>
        LabelledAnswers.Load(file).Select(o =>
        {
            var context = new ScoringContext
            {
                Profile = RubricProfile.Objection,
                Category = TestContent.Catalog.GetCategory(o.Category),
                BuyerLine = o.Objection,
                BuyerContext = o.Buyer,
            };
            return (o, o.Answers.Select(a => (a, _scorer.Score(a.Text, context))).ToList());
        }).ToList();
}
