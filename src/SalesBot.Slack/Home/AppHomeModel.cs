using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Slack.Home;

/// <summary>
/// Plain inputs for the App Home view. <see cref="From"/> computes them with Core's <see cref="Proficiency"/> and
/// <see cref="PracticePlanner"/>, so the Home tab shows the same numbers as <c>progress</c> in the chat.
/// </summary>
public sealed record AppHomeModel
{
    public const int MaxRecentSessions = 5;

    public string? DisplayName { get; init; }

    public required IReadOnlyList<AppHomeCategory> Categories { get; init; }

    public AppHomeSuggestion? Suggestion { get; init; }

    public IReadOnlyList<AppHomeSession> RecentSessions { get; init; } = [];

    public static AppHomeModel From(ContentCatalog content, UserState? user, IEnumerable<SessionRecord> sessions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sessions);
        var categories = content.Categories
            .Select(c =>
            {
                var snapshot = Proficiency.Of(c.Id, user?.ProgressFor(c.Id), c.Phrasings.Count, now);
                return new AppHomeCategory(c.Id, c.Name, snapshot.Score, Proficiency.Describe(snapshot.Band), snapshot.IsProficient, snapshot.IsDue(now), snapshot.AttemptCount);
            })
            .ToList();

        AppHomeSuggestion? suggestion = null;
        if (content.Categories.Count > 0)
        {
            var pick = PracticePlanner.PickCategory(content, user ?? UserState.New(new("slack", "-", "-"), null, now), now);
            suggestion = new AppHomeSuggestion(pick.Category.Id, pick.Category.Name, pick.Reason);
        }

        var recent = sessions
            .OrderByDescending(s => s.StartedAt)
            .Take(MaxRecentSessions)
            .Select(s => new AppHomeSession(TitleOf(content, s), s.StartedAt, StatusOf(s.Status), s.Scores.Count > 0 ? s.Scores[^1] : null))
            .ToList();

        return new AppHomeModel { DisplayName = user?.DisplayName, Categories = categories, Suggestion = suggestion, RecentSessions = recent };
    }

    private static string TitleOf(ContentCatalog content, SessionRecord session) => session.Kind == DrillKind.RolePlay
        ? "Role-play: " + (content.FindScenario(session.ScenarioId)?.Title ?? session.ScenarioId)
        : "Drill: " + (session.CategoryId is { } id ? content.FindCategory(id)?.Name ?? id : "objections");

    private static string StatusOf(SessionStatus status) => status switch
    {
        SessionStatus.Completed => "completed",
        SessionStatus.Stopped => "stopped",
        SessionStatus.Abandoned => "abandoned",
        _ => "in progress",
    };
}
