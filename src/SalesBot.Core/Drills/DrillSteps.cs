using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scoring;
using SalesBot.Core.Text;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>What practice drills and role-plays share: recording an attempt, the unscored reply, the in-progress update.</summary>
internal static class DrillSteps
{
    /// <summary>The state with this answer recorded as an attempt (a repeat of an earlier answer is marked as one).</summary>
    public static UserState Record(UserState user, string categoryId, ScoreCard card, string phrasingId, string answer, DateTimeOffset now) =>
        user.WithAttempt(categoryId, new Attempt(now, card.Overall, card.Passed, phrasingId, card.RubricVersion) { Fingerprint = TextFingerprint.Of(answer) });

    /// <summary>Whether the state's newest attempt in the category was a repeat of an earlier answer.</summary>
    public static bool WasRepeat(UserState state, string categoryId) =>
        state.ProgressFor(categoryId)?.Attempts is [.., { Repeat: true }];

    /// <summary>
    /// An answer the rubric can't read (another language): the honest notice and the buyer's line again. Not an attempt:
    /// no score, no round, no pushback; the drill waits for an answer it can score.
    /// </summary>
    public static DrillUpdate NotScored(UserState user, DrillSession session, Persona persona, ScoreCard card, DateTimeOffset now) => new()
    {
        State = user with { Session = session with { LastActivityAt = now } },
        Messages = [OutboundMessage.Plain(card.Notice ?? "I can't score that answer."), DrillMessages.Buyer(persona, session.BuyerLine)],
    };

    /// <summary>The drill goes on: the new session is saved and its summary recorded as in progress.</summary>
    public static DrillUpdate InProgress(UserState state, DrillSession next, List<OutboundMessage> messages, ScoreCard? card, DrillSession? scoredIn) => new()
    {
        State = state with { Session = next },
        Messages = messages,
        Score = card,
        ScoredIn = scoredIn,
        Records = [SessionRecord.From(next, state.User, SessionStatus.InProgress, null)],
    };

    public static Dictionary<string, int> CountMisses(IReadOnlyDictionary<string, int> misses, ScoreCard card)
    {
        var result = new Dictionary<string, int>(misses, StringComparer.Ordinal);
        foreach (var criterion in card.Criteria.Where(c => c.Status != CriterionStatus.Met && c.Id != Rubric.Concise))
        {
            result[criterion.Id] = result.GetValueOrDefault(criterion.Id) + 1;
        }

        return result;
    }

    public static string Describe(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "easy",
        Difficulty.Hard => "hard",
        _ => "medium",
    };
}
