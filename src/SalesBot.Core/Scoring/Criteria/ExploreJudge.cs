using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Criteria;

/// <summary>Explore with a question before answering: a real question (not a check-in, a push or two words) before any pitch.</summary>
internal sealed class ExploreJudge : ICriterionJudge
{
    public static readonly ExploreJudge Instance = new();

    public CriterionVerdict Judge(AnswerReading answer)
    {
        var better = BetterLines.For(answer, Rubric.Explore);
        var exploring = answer.Indexes(f => f.IsExploring);
        var pitch = answer.First(f => f.IsPitch && !f.IsExploring && f.IsSentence);
        if (exploring.Count == 0)
        {
            var checkIn = answer.First(f => f.Question is QuestionKind.CheckIn or QuestionKind.Rhetorical);
            if (checkIn >= 0)
            {
                return CriterionVerdict.Missed("That question checks in or pushes; it doesn't explore their concern. Ask what's behind it.", [answer.SentenceText(checkIn)], better);
            }

            var thin = answer.First(f => f.Question == QuestionKind.Thin);
            return thin >= 0
                ? CriterionVerdict.Missed("A word or two with a question mark doesn't explore anything: ask a full question about their situation.", [answer.SentenceText(thin)], better)
                : CriterionVerdict.Missed("No clarifying question: you answered before you understood the objection.", [], better);
        }

        var first = exploring[0];
        var evidence = answer.Quotes(exploring);
        if (answer.IsDiagnostic)
        {
            return CriterionVerdict.Met(answer.Shape == AnswerShape.StoryQuestion ? "Your story leads into a real question." : "A sharp question that makes them think.", evidence, better);
        }

        if (pitch < 0 || first <= pitch || exploring.Count >= 2)
        {
            return CriterionVerdict.Met(exploring.Count >= 2 ? "You explored with questions." : "You asked a clarifying question before answering.", evidence, better);
        }

        return CriterionVerdict.Partly("You asked a question, but only after pitching: ask first, then answer.", evidence, better);
    }
}
