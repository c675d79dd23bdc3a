using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring.Reading;

/// <summary>Cues of a short story about someone else: who it is about, and that it is told as something that happened.</summary>
internal static class ShapeLexicon
{
    public static readonly CueSet StoryOpeners = CuePattern.Compile(
    [
        "a", "an", "the last", "one", "another", "last year", "last spring", "last summer", "last autumn", "last winter", "last month",
        "last week", "last quarter", "a few months ago", "two years ago", "years ago", "i once", "once",
    ]);

    public static readonly CueSet StoryPeople = CuePattern.Compile(
    [
        "lead", "manager", "head", "director", "ceo", "cfo", "cio", "cto", "coo", "ciso", "cro", "vp", "owner", "founder", "buyer", "customer",
        "client", "team", "company", "group", "firm", "plant", "hospital", "bank", "utility", "retailer", "agency", "school", "practice",
        "clinic", "dairy", "bakery", "distributor", "manufacturer", "chain", "studio", "shop", "store", "operator", "planner",
        "controller", "officer", "engineer", "rep", "partner", "friend", "colleague", "prospect", "hotel", "airline", "insurer",
        "council", "charity", "university", "lab", "warehouse", "carrier", "fleet", "office", "trust", "nurse", "doctor", "principal",
    ]);

    public static readonly CueSet Narrative = CuePattern.Compile(
    [
        "told me", "said", "asked", "happened", "went", "came", "thought", "turned out", "found out", "realised", "realized", "couldn't",
        "wasn't", "weren't", "took", "ended up", "until", "then", "later", "had to", "lost", "missed",
    ]);

    /// <summary>Irregular past-tense verbs (regular ones end in "-ed").</summary>
    public static readonly IReadOnlySet<string> PastTense = new HashSet<string>(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "went", "came", "took", "told", "said", "chose", "found", "lost", "saw", "got", "made", "ran", "thought",
        "knew", "left", "kept", "bought", "sold", "began", "became", "broke", "fell", "felt", "heard", "met", "paid", "sent", "spent",
        "stood", "won", "wrote", "gave", "brought", "built", "caught", "drove", "forgot", "grew", "hit", "held", "led", "meant", "rose",
        "shut", "sat", "spoke", "stole", "struck", "taught", "threw", "understood", "woke", "couldn't", "wasn't", "weren't", "didn't",
        "hadn't", "wouldn't",
    };

    /// <summary>Words ending in "-ed" that are not past tense.</summary>
    public static readonly IReadOnlySet<string> NotPastTense = new HashSet<string>(StringComparer.Ordinal)
    {
        "indeed", "speed", "proceed", "exceed", "succeed", "breed", "embed", "interested", "based", "related", "dedicated", "advanced",
        "automated", "integrated", "detailed", "limited", "unlimited", "connected", "experienced", "trusted", "skilled", "qualified", "concerned", "worried", "tired", "bored", "scared",
    };

    /// <summary>Story words that echo the buyer ("told me the same", "said almost exactly that").</summary>
    public static readonly CueSet Echoes = CuePattern.Compile(
    [
        "told me the same", "said the same", "told me that", "said almost exactly that", "said exactly that", "told me exactly that",
        "the same thing", "who told me that", "almost exactly that",
    ]);

    /// <summary>Details that make a story concrete besides numbers: fractions and spans of time.</summary>
    public static readonly CueSet Details = CuePattern.Compile(
    [
        "a third", "a fifth", "a quarter", "half", "days", "weeks", "months", "years", "hours", "two weeks later", "overnight",
    ]);

    public static CueSet[] All => [StoryOpeners, StoryPeople, Narrative, Echoes, Details];
}
