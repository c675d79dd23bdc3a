using SalesBot.Core.Content;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>A broken content file stops the start-up loudly, naming file, line and field.</summary>
public sealed class ContentFailureTests
{
    [Fact]
    public async Task BrokenContentFile_StopsStartUp_WithFileLineAndField()
    {
        var folder = Directory.CreateTempSubdirectory("salesbot-content-");
        var personas = ContentLoader.EmbeddedSources().Single(s => s.Name == ContentLoader.PersonasFile).Text
            .Replace("      patience: 2", "      patience: lots", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, ContentLoader.PersonasFile), personas);

        await using var factory = new SalesBotFactory(settings: new Dictionary<string, string?> { ["Content:Directory"] = folder.FullName });

        var ex = Assert.Throws<ContentValidationException>(() => factory.CreateClient());

        Assert.Matches(@"personas\.yaml:\d+: personas\[\d+\]\.traits\.patience: expected a whole number", ex.Message);
    }
}
