using SalesBot.Core.Content;
using SalesBot.Core.Scoring;

namespace SalesBot.Core.Drills;

/// <summary>
/// How a persona judges an answer. Skepticism and difficulty raise the bar for a "strong" answer; patience is how many weak
/// answers the buyer tolerates. A blocker is always weak: a discount-first answer never softens a buyer.
/// </summary>
public static class OutcomeRules
{
    public const int MaxStrongThreshold = 85;

    public static int StrongThreshold(Persona persona, Difficulty difficulty)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var bar = Rubric.PassMark + (int)Math.Round(10 * persona.Traits.Skepticism) + Offset(difficulty);
        return Math.Clamp(bar, Rubric.PassMark, MaxStrongThreshold);
    }

    public static int PartialThreshold(Persona persona, Difficulty difficulty)
    {
        var strong = StrongThreshold(persona, difficulty);
        return Math.Clamp(strong - 25, 40, strong - 1);
    }

    public static AnswerOutcome Classify(ScoreCard card, Persona persona, Difficulty difficulty)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Blockers.Count > 0)
        {
            return AnswerOutcome.Weak;
        }

        if (card.Overall >= StrongThreshold(persona, difficulty))
        {
            return AnswerOutcome.Strong;
        }

        return card.Overall >= PartialThreshold(persona, difficulty) ? AnswerOutcome.Partial : AnswerOutcome.Weak;
    }

    /// <summary>Weak answers tolerated before the buyer walks away.</summary>
    public static int Patience(Persona persona, Difficulty difficulty)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var patience = persona.Traits.Patience + difficulty switch
        {
            Difficulty.Easy => 1,
            Difficulty.Hard => -1,
            _ => 0,
        };
        return Math.Max(1, patience);
    }

    /// <summary>Attempts a seller gets at one objection in a practice drill before the buyer moves on.</summary>
    public static int PracticeAttempts(Persona persona, Difficulty difficulty) => Math.Clamp(Patience(persona, difficulty) + 1, 2, 4);

    /// <summary>Chance that a buyer raises a follow-up objection after a strong answer in a role-play.</summary>
    public static double FollowUpChance(Persona persona, Difficulty difficulty)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var factor = difficulty switch
        {
            Difficulty.Easy => 0.3,
            Difficulty.Hard => 0.7,
            _ => 0.5,
        };
        return persona.Traits.ObjectionFrequency * factor;
    }

    /// <summary>How the buyer's trust moves after an answer (0–100).</summary>
    public static int NextTrust(int trust, AnswerOutcome outcome, Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var skepticism = persona.Traits.Skepticism;
        var delta = outcome switch
        {
            AnswerOutcome.Strong => (int)Math.Round(30 - (15 * skepticism)),
            AnswerOutcome.Partial => (int)Math.Round(8 - (8 * skepticism)),
            _ => -(int)Math.Round(10 + (10 * skepticism)),
        };
        return Math.Clamp(trust + delta, 0, 100);
    }

    private static int Offset(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => -5,
        Difficulty.Hard => 5,
        _ => 0,
    };
}
