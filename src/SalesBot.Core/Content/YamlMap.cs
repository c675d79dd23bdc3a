using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SalesBot.Core.Content;

/// <summary>
/// Reads one YAML mapping with a field path, collecting errors that name file, line and field instead of throwing,
/// so one run reports every problem in a file. Unknown keys are errors too: a typo must not be silently ignored.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly string _path;
    private readonly List<ContentError> _errors;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, string path, List<ContentError> errors)
    {
        _node = node;
        _file = file;
        _path = path;
        _errors = errors;
    }

    public string Path => _path;

    public long Line => _node.Start.Line;

    public static YamlMap? Root(string file, string text, List<ContentError> errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            errors.Add(new ContentError(file, ex.Start.Line, "(syntax)", Clean(ex.Message)));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(file, 1, "(root)", "expected a mapping at the top of the file"));
            return null;
        }

        return new YamlMap(root, file, "", errors);
    }

    public string FieldPath(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    public void Error(string key, string message) =>
        _errors.Add(new ContentError(_file, LineOf(key), FieldPath(key), message));

    public long LineOf(string key) => Find(key) is { } value ? value.Start.Line : _node.Start.Line;

    public bool Has(string key) => Find(key) is not null;

    public string? String(string key, bool required = true)
    {
        var value = Get(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlScalarNode scalar || scalar.Value is null)
        {
            Error(key, "expected text");
            return null;
        }

        var text = scalar.Value.Trim();
        if (text.Length == 0)
        {
            Error(key, "must not be empty");
            return null;
        }

        return text;
    }

    public string? Id(string key)
    {
        var text = String(key);
        if (text is not null && !IsId(text))
        {
            Error(key, $"'{text}' is not a valid id (lowercase letters, digits and dashes)");
            return null;
        }

        return text;
    }

    public int? Integer(string key, int min, int max, bool required = true)
    {
        var text = Scalar(key, required);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Error(key, $"expected a whole number from {min} to {max}, got '{text}'");
            return null;
        }

        return number;
    }

    public double? Number(string key, double min, double max, bool required = true)
    {
        var text = Scalar(key, required);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Error(key, $"expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
            return null;
        }

        return number;
    }

    public TEnum? Enum<TEnum>(string key, bool required = true)
        where TEnum : struct, System.Enum
    {
        var text = Scalar(key, required);
        if (text is null)
        {
            return null;
        }

        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(ToKebab(candidate.ToString()), text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        var allowed = string.Join(" | ", System.Enum.GetValues<TEnum>().Select(v => ToKebab(v.ToString())));
        Error(key, $"expected one of {allowed}, got '{text}'");
        return null;
    }

    public IReadOnlyList<string> Strings(string key, int minCount, bool required = true)
    {
        var value = Get(key, required && minCount > 0);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Error(key, "expected a list of texts");
            return [];
        }

        var result = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                result.Add(text.Trim());
            }
            else
            {
                _errors.Add(new ContentError(_file, sequence.Children[i].Start.Line, $"{FieldPath(key)}[{i}]", "expected non-empty text"));
            }
        }

        if (result.Count < minCount)
        {
            Error(key, $"needs at least {minCount} item{(minCount == 1 ? "" : "s")}, found {result.Count}");
        }

        return result;
    }

    public YamlMap? Map(string key, bool required = true)
    {
        var value = Get(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlMappingNode mapping)
        {
            Error(key, "expected a mapping");
            return null;
        }

        return new YamlMap(mapping, _file, FieldPath(key), _errors);
    }

    public IReadOnlyList<YamlMap> Maps(string key, int minCount, bool required = true)
    {
        var value = Get(key, required && minCount > 0);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Error(key, "expected a list");
            return [];
        }

        var result = new List<YamlMap>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"{FieldPath(key)}[{i}]";
            if (sequence.Children[i] is YamlMappingNode mapping)
            {
                result.Add(new YamlMap(mapping, _file, path, _errors));
            }
            else
            {
                _errors.Add(new ContentError(_file, sequence.Children[i].Start.Line, path, "expected a mapping"));
            }
        }

        if (result.Count < minCount)
        {
            Error(key, $"needs at least {minCount} item{(minCount == 1 ? "" : "s")}, found {result.Count}");
        }

        return result;
    }

    /// <summary>Reports every key that no reader asked for: typos are errors, not silently ignored settings.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } && !_seen.Contains(key))
            {
                _errors.Add(new ContentError(_file, keyNode.Start.Line, FieldPath(key), "unknown field (check the spelling)"));
            }
        }
    }

    internal static bool IsId(string text) =>
        text.Length is > 0 and <= 64
        && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && text[0] != '-' && text[^1] != '-';

    internal static string ToKebab(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private string? Scalar(string key, bool required)
    {
        var value = Get(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlScalarNode { Value: { } text } || text.Trim().Length == 0)
        {
            Error(key, "expected a value");
            return null;
        }

        return text.Trim();
    }

    private YamlNode? Get(string key, bool required)
    {
        _seen.Add(key);
        var value = Find(key);
        if (value is null && required)
        {
            Error(key, "is required");
        }

        return value;
    }

    private YamlNode? Find(string key)
    {
        foreach (var (keyNode, value) in _node.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } name } && name == key)
            {
                return IsNullScalar(value) ? null : value;
            }
        }

        return null;
    }

    private static bool IsNullScalar(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null" };

    private static string Clean(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}
