namespace SalesBot.Core.Tests.Support;

/// <summary>Answers that should score as strong for a category and buyer; different variants are different answers.</summary>
internal static class StrongAnswers
{
    /// <summary>Trust answers written apart from the content's lines (variant 0 is the content's model answer).</summary>
    private static readonly string[] Trust =
    [
        "That's a fair worry, and being careful with a new vendor is exactly your job. What proof would you need to see before you'd feel safe? "
            + "Two customers in your sector have run us in production for three years, and you can call their security leads. "
            + "Can we book a 30-minute security review on Tuesday at 10 with your team?",
        "Understood: a small vendor is a real risk, and I'd ask the same. What happened last time that worries you most? "
            + "Our SOC 2 Type II audit report is current and a customer like you cut incidents 40% in year one. "
            + "How about a pilot with an exit clause, starting with a call on Thursday at 2 to scope it?",
    ];

    public static string For(string categoryId, string personaId, int variant) => categoryId == "trust" && variant > 0
        ? Trust[(variant - 1) % Trust.Length]
        : TestContent.ModelAnswer(TestContent.Catalog.GetCategory(categoryId));
}
