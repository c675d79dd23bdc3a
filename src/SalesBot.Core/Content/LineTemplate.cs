using System.Text;

namespace SalesBot.Core.Content;

/// <summary>
/// Better lines, hints and examples are templates filled with the current buyer's facts: <c>{slot}</c> is the fact,
/// <c>{Slot}</c> the fact with a capital first letter. The slots are fixed, every persona defines each of them, and a
/// template naming another slot is a content error, so a line can never carry another buyer's facts.
/// </summary>
public static class LineTemplate
{
    /// <summary>The facts every persona defines (<c>facts:</c> in personas.yaml).</summary>
    public static readonly IReadOnlyList<string> FactSlots =
        ["pressure", "problem", "moment", "proof", "approver", "team", "artifact", "current", "meeting"];

    /// <summary>Slots filled from the persona itself.</summary>
    public static readonly IReadOnlyList<string> PersonaSlots = ["company", "name"];

    /// <summary>The slot names a template uses that no buyer defines.</summary>
    public static IReadOnlyList<string> UnknownSlots(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return SlotsIn(template).Select(s => s.ToLowerInvariant())
            .Where(s => !FactSlots.Contains(s) && !PersonaSlots.Contains(s))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The template with every slot filled from <paramref name="facts"/> (fact slots plus company and name).</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> facts)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(facts);
        var builder = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var slot = template[(open + 1)..close];
            var value = facts.GetValueOrDefault(slot.ToLowerInvariant()) ?? throw new KeyNotFoundException($"No fact for the slot '{slot}'.");
            builder.Append(char.IsUpper(slot[0]) && value.Length > 0 ? char.ToUpperInvariant(value[0]) + value[1..] : value);
            i = close + 1;
        }

        return builder.ToString();
    }

    private static IEnumerable<string> SlotsIn(string template)
    {
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return template[(i + 1)..close];
            i = close + 1;
        }
    }
}
