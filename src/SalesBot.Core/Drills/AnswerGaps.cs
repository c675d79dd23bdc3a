using SalesBot.Core.Content;
using SalesBot.Core.Scoring;

namespace SalesBot.Core.Drills;

/// <summary>
/// What an answer failed to do, read from its score card (and, for figures, its words), most telling first. A buyer's
/// pushback is chosen from these, so it only ever says something true of the answer ("no figure" only without one).
/// </summary>
public static class AnswerGaps
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty",
        "forty", "fifty", "hundred", "thousand", "million", "billion", "half", "double", "twice", "triple", "percent", "dozen",
    };

    public static IReadOnlyList<AnswerGap> Of(ScoreCard card, string answer)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(answer);
        var gaps = new List<AnswerGap>();
        if (card.Notice is not null && card.IsScored)
        {
            gaps.Add(AnswerGap.Rambling);
        }

        if (Missed(card, Rubric.Explore) || Missed(card, Rubric.Listen))
        {
            gaps.Add(AnswerGap.Pitched);
        }

        if (Missed(card, Rubric.Acknowledge))
        {
            gaps.Add(AnswerGap.Unheard);
        }

        if (NotMet(card, Rubric.Value))
        {
            gaps.Add(HasFigure(answer) ? AnswerGap.Unproven : AnswerGap.NoNumber);
            if (Missed(card, Rubric.Value))
            {
                gaps.Add(AnswerGap.NoValue);
            }
        }

        if (Missed(card, Rubric.Tailor))
        {
            gaps.Add(AnswerGap.Generic);
        }

        if (Missed(card, Rubric.Control))
        {
            gaps.Add(AnswerGap.NoStep);
        }

        return gaps;
    }

    /// <summary>Whether the answer names any figure (digits or a number word).</summary>
    public static bool HasFigure(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Any(char.IsDigit))
        {
            return true;
        }

        foreach (var word in answer.Split([' ', ',', '.', ';', ':', '!', '?', '-', '(', ')', '"', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (NumberWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the answer missed the category's method (the category's own pushbacks are about it).</summary>
    public static bool MissedMethod(ScoreCard card) => NotMet(card, Rubric.Method);

    private static bool Missed(ScoreCard card, string criterion) =>
        card.Criteria.Any(c => c.Id == criterion && c.Status == CriterionStatus.Missed);

    private static bool NotMet(ScoreCard card, string criterion) =>
        card.Criteria.Any(c => c.Id == criterion && c.Status != CriterionStatus.Met);
}
