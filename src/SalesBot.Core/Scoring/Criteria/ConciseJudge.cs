using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>
/// Concise enough to read in a chat. A sharp question or a short story may be short; a long answer also caps the total
/// (<see cref="Rubric.LengthCap"/>), so length matters more than this criterion's points.
/// </summary>
internal sealed class ConciseJudge : ICriterionJudge
{
    public static readonly ConciseJudge Instance = new();

    private const string Shorter = "Cut to 3–4 sentences: acknowledge, ask, one proof point, one next step.";

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var words = answer.WordCount;
        var (low, high) = Rubric.ConciseRange(answer.Profile);
        if (words >= low && words <= high)
        {
            return CriterionVerdict.Met($"{words} words: easy to read in chat.", [], "");
        }

        if (words < low && answer.IsDiagnostic)
        {
            return CriterionVerdict.Met($"{words} words: short and sharp.", [], "");
        }

        if (words > high && words <= high + (high / 4))
        {
            return CriterionVerdict.Partly($"{words} words: long for chat. Keep it to acknowledge, ask, one proof point, one next step.", [], Shorter);
        }

        if (words >= low / 2 && words < low)
        {
            return CriterionVerdict.Partly($"{words} words: too thin to land the point.", [], "Say a little more: one question and one proof point.");
        }

        return words > high
            ? CriterionVerdict.Missed($"{words} words: a monologue. Buyers stop reading.", [], Shorter)
            : CriterionVerdict.Missed($"{words} words: too short to handle the objection.", [], "Say a little more: acknowledge, ask one question, propose a next step.");
    }
}
