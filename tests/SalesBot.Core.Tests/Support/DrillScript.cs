using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Users;

namespace SalesBot.Core.Tests.Support;

/// <summary>Engine-level drill scripts with a chosen buyer: start a drill, answer it, read everything the bot said.</summary>
internal static class DrillScript
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A session id whose seed makes a practice drill of <paramref name="category"/> play <paramref name="personaId"/>.</summary>
    public static Guid SessionFor(ObjectionCategory category, string personaId, int skip = 0)
    {
        for (var i = 1; i < 100_000; i++)
        {
            var id = new Guid(i, 7, 7, [1, 2, 3, 4, 5, 6, 7, 8]);
            if (DrillRandom.Pick(category.PersonaIds, DrillRandom.SeedFrom(id), 1) == personaId && skip-- == 0)
            {
                return id;
            }
        }

        throw new InvalidOperationException($"No seed plays {personaId} for {category.Id}.");
    }

    public static UserState NewUser(string id = "seller") => UserState.New(ChatHarness.User(id), id, Start);

    public static string Text(IEnumerable<OutboundMessage> messages) => string.Join("\n", messages.Select(PlainText.Render));

    /// <summary>The buyer's lines among the messages, without the quotes.</summary>
    public static IEnumerable<string> BuyerLines(IEnumerable<OutboundMessage> messages) =>
        messages.Where(m => m.Kind == MessageKind.Buyer).Select(m => m.Text!.Trim('\u201C', '\u201D'));

    /// <summary>Facts that belong to one buyer only: another buyer must never hear them (issue 8).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OwnFacts = new Dictionary<string, string[]>
    {
        ["cfo"] = ["Northwind", "12%", "40%", "board", "freight", "carrier", "Dana"],
        ["procurement"] = ["Meridian", "15%", "best and final", "three bids", "stores", "Greg"],
        ["cro"] = ["Cloudlane", "SKO", "reps", "ramp", "quota", "Marcus"],
        ["it-security"] = ["Halden", "patient", "PHI", "HIPAA", "hospital", "clinician", "health", "Ingrid"],
        ["operations"] = ["Ridgeway", "shift", "plant", "machine", "downtime", "stamping", "shop floor", "Karen", "Luis"],
    };

    /// <summary>Other buyers' facts that this buyer's own description doesn't also mention.</summary>
    public static IReadOnlyList<string> ForeignFacts(Persona persona)
    {
        var own = $"{persona.Label} {persona.Context} {string.Join(' ', persona.ContextTerms.Phrases)}";
        return OwnFacts.Where(kv => kv.Key != persona.Id)
            .SelectMany(kv => kv.Value)
            .Where(fact => !Mentions(own, fact))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Does the text mention the fact as a whole word or phrase (case-insensitive)?</summary>
    public static bool Mentions(string text, string fact) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\w%]){System.Text.RegularExpressions.Regex.Escape(fact)}(?![\w%])", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
