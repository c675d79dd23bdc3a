using SalesBot.Core.Content;
using SalesBot.Core.Scoring;
using Xunit.Abstractions;

namespace SalesBot.Core.Tests.Scoring;

/// <summary>
/// The adversarial sets of issue 8 (written and labelled by a coach before the scorer saw them): gaming, disrespect,
/// dishonesty, paraphrased blockers, negated and quoted mentions, unconventional excellent answers, misreads,
/// monologues and other languages. Thresholds are the issue's acceptance criteria. The second set was written after the
/// scorer was tuned on the first (first measured at 88.0% pairwise, 62.5% of good and 0% of poor passing).
/// </summary>
public sealed class AdversarialAnswerSetTests(ITestOutputHelper output)
{
    private static readonly string[] Families =
    [
        "stuffing", "discount", "hearsay", "negated", "money-back", "disrespect", "guarantee", "integrity", "around",
        "sharp-question", "story", "today", "monologue", "language",
    ];

    private static readonly Dictionary<string, LabelledSetEvaluation> Evaluations = LabelledAnswers.AdversarialFiles
        .ToDictionary(f => f, f => LabelledSetEvaluation.Score(f, new AnswerScorer()));

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
    public void BlindSet_CoversEveryCategoryWithAllLabels()
    {
        var objections = LabelledAnswers.Load(LabelledAnswers.AdversarialBlindFile);

        Assert.True(objections.SelectMany(o => o.Answers).Count(a => a.IsEnglish) >= 90);
        Assert.Equal(ContentLoader.RequiredCategoryIds.Order(), objections.Select(o => o.Category).Distinct().Order());
        Assert.All(objections, o => Assert.Equal(["good", "mediocre", "poor"], o.Answers.Where(a => a.IsEnglish).Select(a => a.Label).Distinct().Order()));
    }

    [Theory]
    [MemberData(nameof(LabelledAnswers.AdversarialCases), MemberType = typeof(LabelledAnswers))]
    public void PairwiseOrdering_GoodOverMediocreOverPoor_HoldsForAtLeast85Percent(string file)
    {
        var (ordered, pairs) = Evaluations[file].PairwiseOrdering();

        var share = 100.0 * ordered / pairs;
        output.WriteLine($"{file}: {ordered}/{pairs} pairs ordered ({share:F1}%)");
        Assert.True(share >= 85, $"only {share:F1}% of pairs ordered");
    }

    [Theory]
    [MemberData(nameof(LabelledAnswers.AdversarialCases), MemberType = typeof(LabelledAnswers))]
    public void AtMost3PercentOfPoorAnswers_Pass(string file)
    {
        var rate = Evaluations[file].PassRate("poor");

        output.WriteLine($"{file}: {rate:F1}% of poor answers pass");
        Assert.True(rate <= 3, $"{rate:F1}% of poor answers pass:\n{string.Join("\n", Evaluations[file].Describe("poor", passed: true))}");
    }

    [Theory]
    [MemberData(nameof(LabelledAnswers.AdversarialCases), MemberType = typeof(LabelledAnswers))]
    public void AtLeast85PercentOfGoodAnswers_Pass(string file)
    {
        var rate = Evaluations[file].PassRate("good");

        output.WriteLine($"{file}: {rate:F1}% of good answers pass");
        Assert.True(rate >= 85, $"only {rate:F1}% of good answers pass; failing:\n{string.Join("\n", Evaluations[file].Describe("good", passed: false))}");
    }

    [Theory]
    [MemberData(nameof(LabelledAnswers.AdversarialCases), MemberType = typeof(LabelledAnswers))]
    public void NoGoodAnswer_ScoresAtOrBelowAPoorAnswerToTheSameObjection(string file)
    {
        var failures = Evaluations[file].Objections
            .SelectMany(o => o.Scored.Where(g => g.Answer.Label == "good")
                .SelectMany(g => o.Scored.Where(p => p.Answer.Label == "poor" && p.Card.Overall >= g.Card.Overall)
                    .Select(p => $"{o.Objection.Id}: good {g.Card.Overall} <= poor {p.Card.Overall}: {p.Answer.Text}")))
            .ToList();

        Assert.Empty(failures);
    }
}
