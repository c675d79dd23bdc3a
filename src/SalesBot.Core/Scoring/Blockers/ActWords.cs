namespace SalesBot.Core.Scoring.Blockers;

/// <summary>Word lists several acts share.</summary>
internal static class ActWords
{
    /// <summary>What the seller's own price is called when a seller moves it (not the buyer's costs: "bring your costs down" is value).</summary>
    public static readonly string[] PriceNouns =
    [
        "price", "pricing", "number", "quote", "fee", "fees", "figure", "pencil", "licence", "license", "subscription", "first year",
        "year one", "renewal", "invoice", "implementation fee", "setup fee", "set-up fee", "onboarding fee", "seat price", "monthly",
        "annual", "contract value", ActPart.Money,
    ];

    /// <summary>The buyer's people, bosses and approvers.</summary>
    public static readonly string[] Bosses =
    [
        "boss", "ceo", "cfo", "cio", "coo", "cto", "ciso", "cro", "vp", "director", "managing partner", "partner", "head", "manager",
        "board", "leadership", "executive", "execs", "exec", "chief", "founder", "owner", "president", "gm", "general manager",
    ];
}
