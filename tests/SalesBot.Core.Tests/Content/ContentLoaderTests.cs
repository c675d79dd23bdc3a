using SalesBot.Core.Content;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public void Embedded_HasTheTaxonomyPersonasAndScenariosTheProductNeeds()
    {
        var catalog = TestContent.Catalog;

        Assert.Equal(ContentLoader.RequiredCategoryIds, catalog.Categories.Take(8).Select(c => c.Id));
        Assert.All(catalog.Categories, c =>
        {
            Assert.True(c.Phrasings.Count >= 3, c.Id);
            Assert.True(c.Phrasings.Select(p => p.Difficulty).Distinct().Count() >= 2, c.Id);
            Assert.NotEmpty(c.Pushbacks);
            Assert.NotEmpty(c.Method.Cues.Phrases);
        });
        Assert.True(catalog.Personas.Count >= 4);
        Assert.True(catalog.Personas.Select(p => p.Traits).Distinct().Count() == catalog.Personas.Count, "personas must differ in traits");
        Assert.True(catalog.Scenarios.Count >= 3);
        Assert.Contains(catalog.GetCategory("price").Blockers, b => b.Id == "discount-first");
        Assert.Contains(catalog.GetCategory("competitor").Blockers, b => b.Id == "bashing");
    }

    [Fact]
    public void Embedded_EveryScenarioBranchesOnTheAnswer()
    {
        foreach (var scenario in TestContent.Catalog.Scenarios)
        {
            var branching = scenario.Steps.Values.Where(s => s.Next is not null).Count(s => s.Next!.Strong != s.Next.Weak);
            Assert.True(branching >= 2, $"{scenario.Id} has {branching} branching steps");
            Assert.True(scenario.Steps.Values.Count(s => s.Focus == StepFocus.Objection && !s.IsEnding) >= 2, scenario.Id);
        }
    }

    [Theory]
    [InlineData("price", "price")]
    [InlineData("pricing", "price")]
    [InlineData("PRICE", "price")]
    [InlineData("pirce", "price")]
    [InlineData("status-quo", "status-quo")]
    [InlineData("status quo", "status-quo")]
    [InlineData("brush off", "brush-off")]
    [InlineData("competition", "competitor")]
    [InlineData("the timing one", "timing")]
    public void ResolveCategory_IsForgiving(string typed, string expected)
    {
        Assert.Equal(expected, TestContent.Catalog.ResolveCategory(typed)?.Id);
    }

    [Fact]
    public void ResolveCategory_UnknownWord_IsNull()
    {
        Assert.Null(TestContent.Catalog.ResolveCategory("banana"));
    }

    [Theory]
    [InlineData("cfo", "cfo")]
    [InlineData("CFO", "cfo")]
    [InlineData("procurement", "procurement")]
    [InlineData("Dana", "cfo")]
    public void ResolvePersona_ByIdTitleOrName(string typed, string expected)
    {
        Assert.Equal(expected, TestContent.Catalog.ResolvePersona(typed)?.Id);
    }

    [Fact]
    public void MalformedYaml_NamesFileLineAndField()
    {
        var sources = Replace(ContentLoader.ObjectionsFile, "categories:\n  - id: price\n    name: [unclosed\n");

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(sources));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(ContentLoader.ObjectionsFile, error.File);
        Assert.True(error.Line >= 3, $"line {error.Line}");
        Assert.Contains(ContentLoader.ObjectionsFile, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidField_NamesFileLineAndFieldPath()
    {
        var original = Source(ContentLoader.ObjectionsFile);
        var broken = original.Replace("        difficulty: medium", "        difficulty: impossible", StringComparison.Ordinal);
        var expectedLine = original[..original.IndexOf("        difficulty: medium", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Replace(ContentLoader.ObjectionsFile, broken)));

        var error = ex.Errors[0];
        Assert.Equal(ContentLoader.ObjectionsFile, error.File);
        Assert.Equal(expectedLine, error.Line);
        Assert.Matches(@"^categories\[\d+\]\.phrasings\[\d+\]\.difficulty$", error.Field);
        Assert.Contains("impossible", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{ContentLoader.ObjectionsFile}:{expectedLine}: {error.Field}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredField_IsReported()
    {
        var broken = Source(ContentLoader.PersonasFile).Replace("    title: \"CFO\"\n", "", StringComparison.Ordinal);

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Replace(ContentLoader.PersonasFile, broken)));

        Assert.Contains(ex.Errors, e => e.File == ContentLoader.PersonasFile && e.Field == "personas[0].title" && e.Message.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownField_IsReportedNotIgnored()
    {
        var broken = Source(ContentLoader.PersonasFile).Replace("    title: \"CFO\"\n", "    title: \"CFO\"\n    tittle: \"typo\"\n", StringComparison.Ordinal);

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Replace(ContentLoader.PersonasFile, broken)));

        Assert.Contains(ex.Errors, e => e.Field == "personas[0].tittle" && e.Message.Contains("unknown field", StringComparison.Ordinal));
    }

    [Fact]
    public void BlockerAct_Unknown_IsReported()
    {
        var broken = Source(ContentLoader.ObjectionsFile).Replace("        act: discounting\n", "        act: discountin\n", StringComparison.Ordinal);

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Replace(ContentLoader.ObjectionsFile, broken)));

        Assert.Contains(ex.Errors, e => e.Field.EndsWith("blockers[0].act", StringComparison.Ordinal) && e.Message.Contains("unknown act 'discountin'", StringComparison.Ordinal));
    }

    [Fact]
    public void BlockerActs_KnownToContent_AreTheScorersActs()
    {
        Assert.Equal(SalesBot.Core.Scoring.Blockers.BlockerActs.All.Select(a => a.Id).Order(), Blocker.KnownActs.Order());
        Assert.Equal("discounting", TestContent.Catalog.GetCategory("price").Blockers.Single(b => b.Id == "discount-first").Act);
    }

    [Fact]
    public void Scenario_WeakBranchToAgreedEnding_IsRejected()
    {
        var name = "scenarios/cfo-budget-freeze.yaml";
        var broken = Source(name).Replace("next: { strong: ended-agreed, partial: ended-no-decision, weak: ended-no-decision }", "next: { strong: ended-agreed, partial: ended-no-decision, weak: ended-agreed }", StringComparison.Ordinal);
        Assert.NotEqual(Source(name), broken);

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Replace(name, broken)));

        Assert.Contains(ex.Errors, e => e.File == name && e.Field.EndsWith("next.weak", StringComparison.Ordinal) && e.Message.Contains("never reach", StringComparison.Ordinal));
    }

    [Fact]
    public void Scenario_UnknownReferences_AreReported()
    {
        var name = "scenarios/cfo-budget-freeze.yaml";
        var broken = Source(name)
            .Replace("persona: cfo", "persona: cmo", StringComparison.Ordinal)
            .Replace("category: price", "category: prize", StringComparison.Ordinal);

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Replace(name, broken)));

        Assert.Contains(ex.Errors, e => e.Field == "persona" && e.Message.Contains("cmo", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Field.EndsWith(".category", StringComparison.Ordinal) && e.Message.Contains("prize", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingCategory_IsReported()
    {
        var original = Source(ContentLoader.ObjectionsFile);
        var start = original.IndexOf("  - id: brush-off", StringComparison.Ordinal);
        var broken = original[..start];

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Replace(ContentLoader.ObjectionsFile, broken)));

        Assert.Contains(ex.Errors, e => e.Message.Contains("'brush-off'", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadWithOverrides_AddsAScenarioFromAFolder()
    {
        var folder = Directory.CreateTempSubdirectory("salesbot-content-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "scenarios"));
            var copy = Source("scenarios/cfo-budget-freeze.yaml").Replace("id: cfo-budget-freeze", "id: my-cfo-drill", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "scenarios", "my-cfo-drill.yaml"), copy);

            var catalog = ContentLoader.LoadWithOverrides(folder.FullName);

            Assert.NotNull(catalog.FindScenario("my-cfo-drill"));
            Assert.NotNull(catalog.FindScenario("cfo-budget-freeze"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Source(string name) => ContentLoader.EmbeddedSources().Single(s => s.Name == name).Text;

    private static List<ContentSource> Replace(string name, string text) =>
        ContentLoader.EmbeddedSources().Select(s => s.Name == name ? s with { Text = text } : s).ToList();
}
