using SalesBot.Core.Content;
using SalesBot.Core.Scoring;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Content;

/// <summary>Better lines are filled with the current buyer's facts, and what they suggest really is a strong answer for that buyer.</summary>
public sealed class BetterLinesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Every buyer a category can be drilled with: its own buyers, and the buyers of scenarios that raise it.</summary>
    public static IEnumerable<object[]> CategoryBuyers() => TestContent.Catalog.Categories
        .SelectMany(c => c.PersonaIds
            .Concat(TestContent.Catalog.Scenarios.Where(s => s.Steps.Values.Any(st => st.CategoryId == c.Id)).Select(s => s.PersonaId))
            .Distinct()
            .Select(p => new object[] { c.Id, p }));

    [Theory]
    [MemberData(nameof(CategoryBuyers))]
    public void TheSuggestedAnswer_IsStrong_ForEveryPhrasingThisBuyerVoices(string categoryId, string personaId)
    {
        var category = TestContent.Catalog.GetCategory(categoryId);
        var persona = TestContent.Catalog.GetPersona(personaId);
        var answer = TestContent.ModelAnswer(category, persona);
        output.WriteLine(answer);
        var scorer = new AnswerScorer();
        foreach (var phrasing in category.Phrasings.Where(p => p.Fits(personaId)))
        {
            var card = scorer.Score(answer, ScoringContext.ForObjection(TestContent.Catalog, category, phrasing.Text, persona));
            var missing = string.Join(", ", card.Criteria.Where(c => c.Status != CriterionStatus.Met).Select(c => $"{c.Id} {c.Status}"));
            Assert.True(card.Overall >= Rubric.PlaybookThreshold, $"{phrasing.Id}: {card.Overall} ({missing})");
        }
    }

    [Fact]
    public void EveryTemplate_IsFilledForEveryBuyer()
    {
        foreach (var persona in TestContent.Catalog.Personas)
        {
            foreach (var category in TestContent.Catalog.Categories)
            {
                Assert.All(TestContent.Catalog.LinesFor(category, persona).All(), line => Assert.DoesNotContain('{', line));
            }

            foreach (var focus in new[] { StepFocus.Discovery, StepFocus.Close })
            {
                Assert.All(TestContent.Catalog.StepLinesFor(focus, persona)!.All(), line => Assert.DoesNotContain('{', line));
            }
        }

        Assert.All(TestContent.Catalog.Categories.SelectMany(c => c.BetterLines.All()), line => Assert.DoesNotContain('{', line));
    }

    [Fact]
    public void ATemplateWithAnUnknownSlot_IsAContentError()
    {
        var sources = ContentLoader.EmbeddedSources()
            .Select(s => s.Name == ContentLoader.ObjectionsFile
                ? s with { Text = s.Text.Replace("{artifact} on your own numbers", "{budgetOwner} on your own numbers", StringComparison.Ordinal) }
                : s)
            .ToList();

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(sources));

        Assert.Contains(error.Errors, e => e.File == ContentLoader.ObjectionsFile && e.Message.Contains("{budgetowner}", StringComparison.Ordinal));
    }

    [Fact]
    public void APhrasingTooFewBuyersCanVoice_IsAContentError()
    {
        static string OnlyDana(string text)
        {
            foreach (var id in new[] { "price-too-expensive", "price-no-budget", "price-best-you-can-do", "price-cheaper-elsewhere" })
            {
                var at = text.IndexOf($"- id: {id}\n", StringComparison.Ordinal);
                var line = text.IndexOf('\n', text.IndexOf("difficulty:", at, StringComparison.Ordinal)) + 1;
                text = text.Insert(line, "        personas: [\"cfo\"]\n");
            }

            return text;
        }

        var sources = ContentLoader.EmbeddedSources()
            .Select(s => s.Name == ContentLoader.ObjectionsFile ? s with { Text = OnlyDana(s.Text) } : s)
            .ToList();

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(sources));

        Assert.Contains(error.Errors, e => e.Message.Contains("'procurement' voices this category but fits only 1", StringComparison.Ordinal));
    }
}
