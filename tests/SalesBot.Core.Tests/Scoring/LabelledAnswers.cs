using YamlDotNet.RepresentationModel;

namespace SalesBot.Core.Tests.Scoring;

/// <summary>
/// One labelled seller answer. <paramref name="Language"/> is "en" unless the set says otherwise; an answer in another
/// language is expected to come back unscored with an honest reply, and its label is what a coach gave the content.
/// <paramref name="Family"/> names the adversarial family it belongs to (issue 8), when it has one.
/// </summary>
internal sealed record LabelledAnswer(string Label, string Text, string Language = "en", string? Family = null)
{
    public int Rank => Label switch
    {
        "good" => 2,
        "mediocre" => 1,
        "poor" => 0,
        _ => throw new InvalidDataException($"Unknown label '{Label}'."),
    };

    public bool IsEnglish => Language == "en";
}

/// <summary>A buyer objection with answers labelled good / mediocre / poor (written from the methodology, not from the scorer).</summary>
internal sealed record LabelledObjection(string Id, string Category, string Buyer, string Objection, IReadOnlyList<LabelledAnswer> Answers);

internal static class LabelledAnswers
{
    /// <summary>The conventional labelled sets: the main set, an independently written holdout and a blind set.</summary>
    public static readonly string[] Files = ["labelled-answers.yaml", "holdout-answers.yaml", "blind-answers.yaml"];

    /// <summary>The adversarial set of issue 8, labelled and committed before the scorer saw it.</summary>
    public const string AdversarialFile = "adversarial-answers.yaml";

    /// <summary>A second adversarial set, written after the scorer was tuned on the first, labelled before it was scored.</summary>
    public const string AdversarialBlindFile = "adversarial-blind-answers.yaml";

    public static readonly string[] AdversarialFiles = [AdversarialFile, AdversarialBlindFile];

    public static IEnumerable<object[]> AdversarialCases() => AdversarialFiles.Select(f => new object[] { f });

    public static IReadOnlyList<LabelledObjection> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scoring", "Data", file);
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlSequenceNode)root["objections"]).Children.Cast<YamlMappingNode>().Select(o => new LabelledObjection(
            Scalar(o, "id"),
            Scalar(o, "category"),
            Scalar(o, "buyer"),
            Scalar(o, "objection"),
            ((YamlSequenceNode)o["answers"]).Children.Cast<YamlMappingNode>()
                .Select(a => new LabelledAnswer(Scalar(a, "label"), Scalar(a, "text"), Optional(a, "language") ?? "en", Optional(a, "family")))
                .ToList()))
            .ToList();
    }

    public static IEnumerable<object[]> FileCases() => Files.Select(f => new object[] { f });

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static string? Optional(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
