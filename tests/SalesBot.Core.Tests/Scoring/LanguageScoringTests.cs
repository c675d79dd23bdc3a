using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Scoring;

/// <summary>Answers the rubric can't read come back unscored with an honest notice; English answers are always scored.</summary>
public sealed class LanguageScoringTests
{
    private readonly AnswerScorer _scorer = new();

    [Theory]
    [MemberData(nameof(LabelledAnswers.AdversarialCases), MemberType = typeof(LabelledAnswers))]
    public void AdversarialSets_NonEnglishAnswers_AreUnscoredWithAnHonestNotice(string file)
    {
        var evaluation = LabelledSetEvaluation.Score(file, _scorer, includeOtherLanguages: true);

        var foreign = evaluation.All.Where(a => !a.Answer.IsEnglish).ToList();

        Assert.NotEmpty(foreign);
        Assert.All(foreign, a =>
        {
            Assert.Equal(ScoreOutcome.UnsupportedLanguage, a.Card.Outcome);
            Assert.Equal(a.Answer.Language, a.Card.Language);
            Assert.False(a.Card.Passed);
            Assert.Empty(a.Card.Criteria);
            Assert.Empty(a.Card.Blockers);
            Assert.StartsWith("I can only score English answers for now", a.Card.Notice, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void EveryEnglishAnswer_IsScored(string file)
    {
        var evaluation = LabelledSetEvaluation.Score(file, _scorer, includeOtherLanguages: true);

        var english = evaluation.All.Where(a => a.Answer.IsEnglish).ToList();

        Assert.All(english, a => Assert.True(a.Card.IsScored, $"{a.Objection.Id}: read as {a.Card.Language}: {a.Answer.Text}"));
    }

    [Fact]
    public void Notice_NamesTheLanguage()
    {
        var context = ScoringContext.ForObjection(TestContent.Catalog.GetCategory("price"), "Honestly, this is more expensive than I expected.", null);

        var card = _scorer.Score("Lo entiendo, el precio es alto. ¿Con qué lo está comparando, con la licencia o con el coste del problema?", context);

        Assert.Contains("Spanish", card.Notice, StringComparison.Ordinal);
        Assert.Equal(0, card.Overall);
    }

    public static IEnumerable<object[]> AllFiles() => LabelledAnswers.Files.Concat(LabelledAnswers.AdversarialFiles).Select(f => new object[] { f });
}
