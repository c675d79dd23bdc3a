namespace SalesBot.Core.Tests.Support;

/// <summary>Answers that should score as strong for a category and buyer.</summary>
internal static class StrongAnswers
{
    public static string For(string categoryId, string personaId, int variant) =>
        TestContent.ModelAnswer(TestContent.Catalog.GetCategory(categoryId));
}
