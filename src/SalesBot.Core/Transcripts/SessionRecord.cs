using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Transcripts;

/// <summary>Where a drill session stands.</summary>
public enum SessionStatus
{
    InProgress,
    Completed,
    Stopped,
    Abandoned,
}

/// <summary>The summary of one drill session (its turns are <see cref="TranscriptEntry"/> records with the same session id).</summary>
public sealed record SessionRecord
{
    public required string Id { get; init; }
    public required UserKey User { get; init; }
    public required DrillKind Kind { get; init; }
    public required string ScenarioId { get; init; }
    public required int ScenarioVersion { get; init; }
    public string? CategoryId { get; init; }
    public required string PersonaId { get; init; }
    public required string RubricVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public required SessionStatus Status { get; init; }
    public EndingKind? Ending { get; init; }
    public IReadOnlyList<int> Scores { get; init; } = [];

    public static SessionRecord From(DrillSession session, UserKey user, SessionStatus status, DateTimeOffset? endedAt, EndingKind? ending = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new SessionRecord
        {
            Id = session.Id,
            User = user,
            Kind = session.Kind,
            ScenarioId = session.ScenarioId,
            ScenarioVersion = session.ScenarioVersion,
            CategoryId = session.CategoryId,
            PersonaId = session.PersonaId,
            RubricVersion = session.RubricVersion,
            StartedAt = session.StartedAt,
            EndedAt = endedAt,
            Status = status,
            Ending = ending,
            Scores = session.Scores,
        };
    }
}
