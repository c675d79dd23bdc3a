using SalesBot.Core.Content;
using SalesBot.Core.Scoring;
using Xunit.Abstractions;

namespace SalesBot.Core.Tests.Scoring;

/// <summary>
/// The adversarial set of issue 8 (written and labelled by a coach before the scorer saw it): gaming, disrespect,
/// dishonesty, paraphrased blockers, negated and quoted mentions, unconventional excellent answers, misreads,
/// monologues and other languages. Thresholds are the issue's acceptance criteria.
/// </summary>
public sealed class AdversarialAnswerSetTests(ITestOutputHelper output)
{
    private static readonly string[] Families =
    [
        "stuffing", "discount", "hearsay", "negated", "money-back", "disrespect", "guarantee", "integrity", "around",
        "sharp-question", "story", "today", "monologue", "language",
    ];

    private static readonly Lazy<LabelledSetEvaluation> Evaluation = new(() => LabelledSetEvaluation.Score(LabelledAnswers.AdversarialFile, new AnswerScorer()));

    [Fact]
    public void Set_CoversEveryCategoryAndFamilyWithEnoughAnswers()
    {
        var objections = LabelledAnswers.Load(LabelledAnswers.AdversarialFile);
        var answers = objections.SelectMany(o => o.Answers).ToList();

        Assert.True(answers.Count(a => a.IsEnglish) >= 120, $"{answers.Count(a => a.IsEnglish)} English answers");
        Assert.Equal(ContentLoader.RequiredCategoryIds.Order(), objections.Select(o => o.Category).Distinct().Order());
        Assert.All(objections, o => Assert.Equal(["good", "mediocre", "poor"], o.Answers.Where(a => a.IsEnglish).Select(a => a.Label).Distinct().Order()));
        Assert.Equal(Families.Order(), answers.Where(a => a.Family is not null).Select(a => a.Family!).Distinct().Order());
        Assert.Contains(answers, a => a.Language == "es");
        Assert.Contains(answers, a => a.Language == "de");
    }

    [Fact]
    public void PairwiseOrdering_GoodOverMediocreOverPoor_HoldsForAtLeast85Percent()
    {
        var (ordered, pairs) = Evaluation.Value.PairwiseOrdering();

        var share = 100.0 * ordered / pairs;
        output.WriteLine($"{LabelledAnswers.AdversarialFile}: {ordered}/{pairs} pairs ordered ({share:F1}%)");
        Assert.True(share >= 85, $"only {share:F1}% of pairs ordered");
    }

    [Fact]
    public void AtMost3PercentOfPoorAnswers_Pass()
    {
        var rate = Evaluation.Value.PassRate("poor");

        output.WriteLine($"{rate:F1}% of poor answers pass");
        Assert.True(rate <= 3, $"{rate:F1}% of poor answers pass:\n{string.Join("\n", Evaluation.Value.Describe("poor", passed: true))}");
    }

    [Fact]
    public void AtLeast85PercentOfGoodAnswers_Pass()
    {
        var rate = Evaluation.Value.PassRate("good");

        output.WriteLine($"{rate:F1}% of good answers pass");
        Assert.True(rate >= 85, $"only {rate:F1}% of good answers pass; failing:\n{string.Join("\n", Evaluation.Value.Describe("good", passed: false))}");
    }
}
