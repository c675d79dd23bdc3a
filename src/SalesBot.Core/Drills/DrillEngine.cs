using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Core.Drills;

/// <summary>
/// The drill engine: the entry point for practice drills (<see cref="PracticeDrill"/>) and role-plays
/// (<see cref="RolePlayDrill"/>), interpreted from content. Pure: no I/O, time comes in as a value, randomness comes from
/// the session seed. Every answer is scored; the buyer answers what the answer did (<see cref="BuyerReplies"/>).
/// </summary>
public sealed class DrillEngine
{
    /// <summary>Objections per practice drill (Rackham: try a behaviour at least three times).</summary>
    public const int PracticeRounds = 3;

    /// <summary>A drill left untouched this long is closed as abandoned.</summary>
    public static readonly TimeSpan SessionTimeout = TimeSpan.FromHours(12);

    private readonly ContentCatalog _content;
    private readonly PracticeDrill _practice;
    private readonly RolePlayDrill _rolePlay;
    private readonly DrillHints _hints;

    public DrillEngine(ContentCatalog content, AnswerScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(scorer);
        _content = content;
        var replies = new BuyerReplies(content);
        _practice = new PracticeDrill(content, scorer, replies);
        _rolePlay = new RolePlayDrill(content, scorer, replies, new RolePlayDebrief(content));
        _hints = new DrillHints(content);
    }

    public ContentCatalog Content => _content;

    public ResumeProblem CheckResume(DrillSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (now - session.LastActivityAt > SessionTimeout)
        {
            return ResumeProblem.Expired;
        }

        if (session.RubricVersion != Rubric.Version)
        {
            return ResumeProblem.RubricChanged;
        }

        if (_content.FindPersona(session.PersonaId) is null)
        {
            return ResumeProblem.ContentChanged;
        }

        if (session.Kind == DrillKind.Practice)
        {
            return _content.FindPhrasing(session.StepId) is null || session.CategoryId is null || _content.FindCategory(session.CategoryId) is null
                ? ResumeProblem.ContentChanged
                : ResumeProblem.None;
        }

        var scenario = _content.FindScenario(session.ScenarioId);
        if (scenario is null)
        {
            return ResumeProblem.ContentChanged;
        }

        if (session.StepId.StartsWith(RolePlayDrill.FollowUpPrefix, StringComparison.Ordinal))
        {
            return _content.FindPhrasing(session.StepId[RolePlayDrill.FollowUpPrefix.Length..]) is null || session.ReturnStepId is null
                || scenario.FindStep(session.ReturnStepId) is null
                ? ResumeProblem.ContentChanged
                : ResumeProblem.None;
        }

        // A new scenario version is fine as long as the step still exists: state is a step id, not an index.
        return scenario.FindStep(session.StepId) is { IsEnding: false } ? ResumeProblem.None : ResumeProblem.ContentChanged;
    }

    public DrillUpdate StartPractice(UserState user, ObjectionCategory category, string? reason, Guid sessionId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(category);
        return _practice.Start(user, category, reason, sessionId, now);
    }

    public DrillUpdate StartRolePlay(UserState user, Scenario scenario, Guid sessionId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scenario);
        return _rolePlay.Start(user, scenario, sessionId, now);
    }

    /// <summary>Scores the seller's answer and moves the drill on.</summary>
    public DrillUpdate Answer(UserState user, string answer, DateTimeOffset now, IReadOnlyList<PlaybookEntry> modelAnswers)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(modelAnswers);
        var session = user.Session ?? throw new InvalidOperationException("No drill in progress.");
        return session.Kind == DrillKind.Practice
            ? _practice.Answer(user, session, answer, now, modelAnswers)
            : _rolePlay.Answer(user, session, answer, now);
    }

    /// <summary>Moves a practice drill to its next objection without scoring.</summary>
    public DrillUpdate Skip(UserState user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = user.Session ?? throw new InvalidOperationException("No drill in progress.");
        if (session.Kind != DrillKind.Practice)
        {
            return new DrillUpdate
            {
                State = user,
                Messages = [OutboundMessage.Plain("A role-play can't skip a beat: answer the buyer, or type `stop` to end it.")],
            };
        }

        return _practice.Skip(user, session, now);
    }

    /// <summary>Ends the drill at the seller's request, keeping every score so far.</summary>
    public static DrillUpdate Stop(UserState user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = user.Session ?? throw new InvalidOperationException("No drill in progress.");
        var text = session.Scores.Count == 0
            ? "Drill stopped. Nothing was scored, so nothing changes in your progress."
            : $"Drill stopped after {session.Scores.Count} scored answer{(session.Scores.Count == 1 ? "" : "s")} (average {(int)Math.Round(session.Scores.Average())}/100). Your scores are saved.";
        return new DrillUpdate
        {
            State = user with { Session = null },
            Messages = [new OutboundMessage { Text = text, Actions = [DrillMessages.Practice(null), DrillMessages.RolePlay(null), DrillMessages.Progress()] }],
            Records = [SessionRecord.From(session, user.User, SessionStatus.Stopped, now)],
        };
    }

    /// <summary>Closes a drill that can't continue (expired, or its rubric or content changed).</summary>
    public static DrillUpdate Close(UserState user, ResumeProblem problem, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = user.Session ?? throw new InvalidOperationException("No drill in progress.");
        var text = problem switch
        {
            ResumeProblem.Expired => "Your last drill timed out, so I closed it. Your scores from it are saved.",
            ResumeProblem.RubricChanged => "The scoring rubric was updated since you started that drill. I closed it so every score in a session comes from one rubric version; your scores so far are saved.",
            _ => "That drill's content was updated and the step you were on no longer exists, so I closed it. Your scores so far are saved.",
        };
        return new DrillUpdate
        {
            State = user with { Session = null },
            Messages = [OutboundMessage.Plain(text)],
            Records = [SessionRecord.From(session, user.User, problem == ResumeProblem.Expired ? SessionStatus.Abandoned : SessionStatus.Stopped, now)],
        };
    }

    /// <summary>What good looks like for the current objection or step, in the current buyer's terms.</summary>
    public OutboundMessage Hint(DrillSession session) => _hints.For(session);
}
