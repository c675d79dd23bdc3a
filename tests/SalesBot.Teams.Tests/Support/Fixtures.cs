using System.Text.Json;

namespace SalesBot.Teams.Tests.Support;

/// <summary>The recorded Teams traffic (anonymised) copied into this project: Fixtures/teams-recorded.</summary>
internal static class Fixtures
{
    public static IEnumerable<string> Files(string direction) =>
        Directory.GetFiles(RepoPaths.Fixtures, $"*-{direction}-*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static JsonElement Load(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, file))).RootElement.Clone();

    /// <summary>The request body of a recording, as raw JSON text.</summary>
    public static string Body(string file) => Load(file).GetProperty("request").GetProperty("body").GetRawText();

    public static TheoryData<string> Inbound() => [.. Files("in")];

    public static TheoryData<string> Outbound() => [.. Files("out")];
}
