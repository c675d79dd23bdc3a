using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>The "better line" shown for a missed criterion: the category's line, or the buyer's own words said back.</summary>
internal static class BetterLines
{
    public static string For(AnswerReading answer, string criterion)
    {
        if (answer.Category is { } category)
        {
            var lines = category.Source.BetterLines;
            return criterion switch
            {
                Rubric.Acknowledge => answer.Buyer.Echo is { } echo ? $"Fair: {echo}, and I'd rather understand that than talk past it." : lines.Acknowledge,
                Rubric.Explore => lines.Explore,
                Rubric.Value => lines.Value,
                _ => lines.Control,
            };
        }

        return criterion switch
        {
            Rubric.Acknowledge => "That's a fair challenge, and with what you just told me it matters.",
            Rubric.Explore => "Before I answer: what's prompting you to look at this now, and what happens if nothing changes?",
            Rubric.Value => "A team your size cut that work by 30% in the first quarter; that's the outcome I'd want to test with you.",
            _ => "Can we put 30 minutes on Thursday at 10 to map this against your numbers, with whoever else needs to weigh in?",
        };
    }
}
