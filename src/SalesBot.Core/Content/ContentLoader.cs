using System.Security.Cryptography;
using System.Text;

namespace SalesBot.Core.Content;

/// <summary>
/// Loads and validates the content files (objection taxonomy, personas, scenarios) into an immutable
/// <see cref="ContentCatalog"/>. Every problem is reported with file, line and field; nothing half-loaded is returned.
/// </summary>
public static class ContentLoader
{
    public const string ObjectionsFile = "objections.yaml";
    public const string PersonasFile = "personas.yaml";
    public const string ScenariosFolder = "scenarios/";

    /// <summary>The category ids every taxonomy must define (drills and commands rely on them).</summary>
    public static readonly IReadOnlyList<string> RequiredCategoryIds =
        ["price", "timing", "authority", "need", "competitor", "status-quo", "trust", "brush-off"];

    /// <summary>Phrasings each buyer of a category must be able to voice: a drill's rounds never repeat one.</summary>
    public const int MinPhrasingsPerBuyer = 3;

    private const string ResourcePrefix = "SalesBot.Content/";

    /// <summary>The content shipped inside SalesBot.Core.</summary>
    public static IReadOnlyList<ContentSource> EmbeddedSources()
    {
        var assembly = typeof(ContentLoader).Assembly;
        var sources = new List<ContentSource>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            sources.Add(new ContentSource(name[ResourcePrefix.Length..].Replace('\\', '/'), reader.ReadToEnd()));
        }

        return sources;
    }

    /// <summary>Loads the embedded content.</summary>
    public static ContentCatalog LoadEmbedded() => Load(EmbeddedSources());

    /// <summary>
    /// The embedded content with files from <paramref name="directory"/> laid over it: a file with the same relative
    /// name replaces the embedded one, a new scenario file adds a scenario.
    /// </summary>
    public static ContentCatalog LoadWithOverrides(string directory)
    {
        var sources = EmbeddedSources().ToDictionary(s => s.Name, StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            throw new ContentValidationException([new ContentError(directory, 0, "(directory)", "content directory does not exist")]);
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(directory, path).Replace('\\', '/');
            sources[name] = new ContentSource(name, File.ReadAllText(path, Encoding.UTF8));
        }

        return Load(sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>Parses and validates the sources; throws <see cref="ContentValidationException"/> listing every problem.</summary>
    public static ContentCatalog Load(IReadOnlyList<ContentSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var errors = new List<ContentError>();

        var objections = sources.FirstOrDefault(s => s.Name == ObjectionsFile);
        var personas = sources.FirstOrDefault(s => s.Name == PersonasFile);
        if (objections is null)
        {
            errors.Add(new ContentError(ObjectionsFile, 0, "(file)", "file is missing"));
        }

        if (personas is null)
        {
            errors.Add(new ContentError(PersonasFile, 0, "(file)", "file is missing"));
        }

        foreach (var unknown in sources.Where(s => s.Name != ObjectionsFile && s.Name != PersonasFile && !IsScenarioFile(s.Name)))
        {
            errors.Add(new ContentError(unknown.Name, 0, "(file)", $"unexpected content file; expected {ObjectionsFile}, {PersonasFile} or {ScenariosFolder}<id>.yaml"));
        }

        // When a file can't be read at all, references into it are not checked: one syntax error is one error, not fifty.
        var read = personas is null ? null : PersonaReader.Read(personas, errors);
        var personaList = read?.Personas;
        var personaIds = personaList?.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var categories = objections is null ? null : ObjectionReader.Read(objections, personaIds, errors);
        var categoryIds = categories?.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var scenarios = new List<Scenario>();
        foreach (var source in sources.Where(s => IsScenarioFile(s.Name)))
        {
            if (ScenarioReader.Read(source, personaIds, categoryIds, errors) is { } scenario)
            {
                scenarios.Add(scenario);
            }
        }

        foreach (var duplicate in scenarios.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError($"{ScenariosFolder}{duplicate.Key}.yaml", 1, "id", $"scenario id '{duplicate.Key}' is used by more than one file"));
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var shared = read!.Value.Shared!;
        var neutral = categories!.Select(c => c with
        {
            BetterLines = c.Templates.Fill(shared.NeutralFacts),
            Method = c.Method with { BetterLine = LineTemplate.Fill(c.Method.BetterLine, shared.NeutralFacts) },
        }).ToList();
        return new ContentCatalog(neutral, personaList!, scenarios.OrderBy(s => s.Id, StringComparer.Ordinal).ToList(), Fingerprint(sources), shared);
    }

    private static bool IsScenarioFile(string name) =>
        name.StartsWith(ScenariosFolder, StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal);

    private static string Fingerprint(IReadOnlyList<ContentSource> sources)
    {
        var builder = new StringBuilder();
        foreach (var source in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            builder.Append(source.Name).Append('\n').Append(source.Text).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())))[..12];
    }
}
