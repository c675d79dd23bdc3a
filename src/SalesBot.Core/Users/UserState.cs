using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Users;

/// <summary>Everything SalesBot keeps about one user in one document: profile, the drill in flight and progress.</summary>
public sealed record UserState
{
    public const int MaxCandidates = 5;

    public required UserKey User { get; init; }
    public string? DisplayName { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>Turns handled so far; the next turn's transcript sequence number.</summary>
    public long Turns { get; init; }

    /// <summary>The drill in flight, if any.</summary>
    public DrillSession? Session { get; init; }

    /// <summary>Progress per objection category id.</summary>
    public IReadOnlyDictionary<string, SkillProgress> Progress { get; init; } = new Dictionary<string, SkillProgress>();

    /// <summary>The latest answers good enough to nominate (small: the answer itself stays in the transcript).</summary>
    public IReadOnlyList<NominationCandidate> Candidates { get; init; } = [];

    /// <summary>The last phrasing the seller answered, so the next drill never repeats it straight away.</summary>
    public string? LastPhrasingId { get; init; }

    /// <summary>Where to reach the user without them writing first (null until a channel sent one).</summary>
    public ConversationReference? Reference { get; init; }

    /// <summary>Inbound message ids and proactive idempotency keys already handled (bounded; see <see cref="ProcessedMessage"/>).</summary>
    public IReadOnlyList<ProcessedMessage> Processed { get; init; } = [];

    public static UserState New(UserKey user, string? displayName, DateTimeOffset now) => new()
    {
        User = user,
        DisplayName = displayName,
        FirstSeen = now,
        LastSeen = now,
    };

    public SkillProgress? ProgressFor(string categoryId) => Progress.GetValueOrDefault(categoryId);

    public UserState WithAttempt(string categoryId, Attempt attempt)
    {
        var progress = new Dictionary<string, SkillProgress>(Progress, StringComparer.Ordinal)
        {
            [categoryId] = (ProgressFor(categoryId) ?? new SkillProgress()).Record(attempt),
        };
        return this with { Progress = progress, LastPhrasingId = attempt.PhrasingId };
    }

    public UserState WithCandidate(NominationCandidate candidate) =>
        this with { Candidates = Candidates.Append(candidate).TakeLast(MaxCandidates).ToList() };

    /// <summary>Whether this message id (or idempotency key) was handled within the de-duplication window.</summary>
    public bool HasProcessed(string id, DateTimeOffset now)
    {
        var key = ProcessedMessage.Normalize(id);
        return Processed.Any(p => p.Id == key && now - p.At < ProcessedMessage.Window);
    }

    /// <summary>Remembers the id, dropping ids past the window and the oldest beyond the capacity.</summary>
    public UserState WithProcessed(string id, DateTimeOffset now) => this with
    {
        Processed = Processed
            .Where(p => now - p.At < ProcessedMessage.Window)
            .Append(new ProcessedMessage(ProcessedMessage.Normalize(id), now))
            .TakeLast(ProcessedMessage.Capacity)
            .ToList(),
    };
}
