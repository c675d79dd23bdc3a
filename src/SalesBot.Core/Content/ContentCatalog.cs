using SalesBot.Core.Text;

namespace SalesBot.Core.Content;

/// <summary>The validated, immutable content: taxonomy, personas and scenarios, with forgiving look-ups by name.</summary>
public sealed class ContentCatalog
{
    private readonly Dictionary<string, ObjectionCategory> _categories;
    private readonly Dictionary<string, Persona> _personas;
    private readonly Dictionary<string, Scenario> _scenarios;
    private readonly Dictionary<string, Phrasing> _phrasings;
    private readonly Dictionary<(string Category, string Persona), BetterLines> _lines = [];
    private readonly Dictionary<(StepFocus Focus, string Persona), BetterLines> _stepLines = [];

    public ContentCatalog(IReadOnlyList<ObjectionCategory> categories, IReadOnlyList<Persona> personas, IReadOnlyList<Scenario> scenarios, string version, SharedLines shared)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(shared);
        Categories = categories;
        Personas = personas;
        Scenarios = scenarios;
        Version = version;
        Shared = shared;
        _categories = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _personas = personas.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _scenarios = scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _phrasings = categories.SelectMany(c => c.Phrasings).ToDictionary(p => p.Id, StringComparer.Ordinal);

        // Every template filled once per buyer: a drill only ever reads lines filled with its own buyer's facts.
        foreach (var persona in personas)
        {
            foreach (var category in categories)
            {
                _lines[(category.Id, persona.Id)] = category.Templates.Fill(persona.Facts);
            }

            foreach (var (focus, templates) in shared.StepTemplates)
            {
                _stepLines[(focus, persona.Id)] = templates.Fill(persona.Facts);
            }
        }
    }

    /// <summary>Lines no single persona owns: neutral facts, reactions to blocker acts, step templates.</summary>
    public SharedLines Shared { get; }

    /// <summary>The category's better lines (method line included) filled with this buyer's facts.</summary>
    public BetterLines LinesFor(ObjectionCategory category, Persona persona)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(persona);
        return _lines.GetValueOrDefault((category.Id, persona.Id)) ?? category.Templates.Fill(persona.Facts);
    }

    /// <summary>The better lines for a discovery or close step, filled with this buyer's facts.</summary>
    public BetterLines? StepLinesFor(StepFocus focus, Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        return _stepLines.GetValueOrDefault((focus, persona.Id));
    }

    public IReadOnlyList<ObjectionCategory> Categories { get; }

    public IReadOnlyList<Persona> Personas { get; }

    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>A fingerprint of the content files, stored with transcripts.</summary>
    public string Version { get; }

    public ObjectionCategory? FindCategory(string id) => _categories.GetValueOrDefault(id);

    public Persona? FindPersona(string id) => _personas.GetValueOrDefault(id);

    public Scenario? FindScenario(string id) => _scenarios.GetValueOrDefault(id);

    public Phrasing? FindPhrasing(string id) => _phrasings.GetValueOrDefault(id);

    public ObjectionCategory GetCategory(string id) =>
        FindCategory(id) ?? throw new KeyNotFoundException($"Unknown objection category '{id}'.");

    public Persona GetPersona(string id) =>
        FindPersona(id) ?? throw new KeyNotFoundException($"Unknown persona '{id}'.");

    /// <summary>Finds a category from what a seller typed: its id, a synonym, or a near miss ("pirce").</summary>
    public ObjectionCategory? ResolveCategory(string text) =>
        Resolve(text, Categories, c => c.Synonyms.Prepend(c.Id).Prepend(c.Name));

    /// <summary>Finds a persona from what a seller typed: id, title, name or synonym.</summary>
    public Persona? ResolvePersona(string text) =>
        Resolve(text, Personas, p => p.Synonyms.Prepend(p.Id).Prepend(p.Title).Prepend(p.Name).Prepend(p.FirstName));

    /// <summary>Finds a scenario from what a seller typed: its id or title.</summary>
    public Scenario? ResolveScenario(string text) =>
        Resolve(text, Scenarios, s => [s.Id, s.Title]);

    private static T? Resolve<T>(string text, IReadOnlyList<T> items, Func<T, IEnumerable<string>> names)
        where T : class
    {
        var wanted = Normalize(text);
        if (wanted.Length == 0)
        {
            return null;
        }

        var all = items.Select(item => (item, names: names(item).Select(Normalize).Where(n => n.Length > 0).ToList())).ToList();

        // Exact name, then a name contained as whole words ("the price one"), then a near miss.
        var exact = all.FirstOrDefault(x => x.names.Contains(wanted));
        if (exact.item is not null)
        {
            return exact.item;
        }

        var padded = $" {wanted} ";
        var contained = all
            .SelectMany(x => x.names.Select(n => (x.item, name: n)))
            .Where(x => padded.Contains($" {x.name} ", StringComparison.Ordinal))
            .OrderByDescending(x => x.name.Length)
            .FirstOrDefault();
        if (contained.item is not null)
        {
            return contained.item;
        }

        var best = all
            .SelectMany(x => x.names.Select(n => (x.item, distance: Similarity.EditDistance(n, wanted), length: n.Length)))
            .Where(x => x.distance <= Similarity.AllowedTypos(x.length))
            .OrderBy(x => x.distance)
            .FirstOrDefault();
        return best.item;
    }

    internal static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
