using SalesBot.Core.Content;

namespace SalesBot.Core.Tests.Support;

/// <summary>The shipped content, loaded once for all tests.</summary>
internal static class TestContent
{
    private static readonly Lazy<ContentCatalog> Lazy = new(ContentLoader.LoadEmbedded);

    public static ContentCatalog Catalog => Lazy.Value;

    /// <summary>A model answer to a category, assembled from the content's own better lines (neutral facts: no buyer).</summary>
    public static string ModelAnswer(ObjectionCategory category) =>
        $"{category.BetterLines.Acknowledge} {category.BetterLines.Explore} {category.BetterLines.Value} {category.BetterLines.Control}";

    /// <summary>A model answer to a category for one buyer, assembled from the better lines filled with that buyer's facts.</summary>
    public static string ModelAnswer(ObjectionCategory category, Persona persona)
    {
        var lines = Catalog.LinesFor(category, persona);
        return $"{lines.Acknowledge} {lines.Explore} {lines.Value} {lines.Control}";
    }
}
