using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>
/// The "better line" shown for a missed criterion: a line the seller could say, in this buyer's terms when the context
/// brings the buyer's lines (a drill always does), else the category's neutral line or a generic one. For acknowledge,
/// the buyer's own first statement said back wins when it reads naturally.
/// </summary>
internal static class SuggestedLines
{
    private const string GenericAcknowledge = "That's a fair challenge, and with what you just told me it matters.";
    private const string GenericExplore = "Before I answer: what's prompting you to look at this now, and what happens if nothing changes?";
    private const string GenericValue = "A team your size cut that work by 30% in the first quarter; that's the outcome I'd want to test with you.";
    private const string GenericControl = "Can we put 30 minutes on Thursday at 10 to map this against your numbers, with whoever else needs to weigh in?";
    private const string GenericTailor = "For a team your size, with the numbers you just gave me, that gap adds up quickly.";
    private const string GenericListen = "Before I show you anything: what prompted you to take this call, and what would make it worth your time?";

    public static string For(AnswerReading answer, string criterion) => For(answer.Context, answer.Category?.Source, answer.Buyer.Echo, criterion);

    /// <summary>The better line for a criterion, from what is known of the buyer and what they said.</summary>
    public static string For(ScoringContext context, Content.ObjectionCategory? category, string? echo, string criterion)
    {
        var lines = context.Lines ?? category?.BetterLines;
        return criterion switch
        {
            Rubric.Acknowledge when echo is not null && context.Profile == RubricProfile.Objection => $"Fair: {echo}, and I'd rather understand that than talk past it.",
            Rubric.Acknowledge => lines?.Acknowledge ?? GenericAcknowledge,
            Rubric.Explore => lines?.Explore ?? GenericExplore,
            Rubric.Value => NonEmpty(lines?.Value) ?? GenericValue,
            Rubric.Tailor => lines?.Tailor ?? GenericTailor,
            Rubric.Method => lines?.Method ?? category?.Method.BetterLine ?? GenericExplore,
            Rubric.Listen => lines?.Listen ?? GenericListen,
            _ => lines?.Control ?? GenericControl,
        };
    }

    private static string? NonEmpty(string? line) => string.IsNullOrEmpty(line) ? null : line;
}
