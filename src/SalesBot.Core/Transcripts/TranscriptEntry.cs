using SalesBot.Core.Conversations;
using SalesBot.Core.Scoring;

namespace SalesBot.Core.Transcripts;

/// <summary>
/// One turn of a conversation as stored: who said what and when, what the bot replied, and for scored turns the full
/// score breakdown with the rubric version that produced it, so old scores stay explainable.
/// </summary>
public sealed record TranscriptEntry
{
    public required string Id { get; init; }
    public required UserKey User { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? SessionId { get; init; }

    /// <summary>What the user typed (null for a button press).</summary>
    public string? UserText { get; init; }

    /// <summary>The button the user pressed, if any.</summary>
    public string? ActionId { get; init; }
    public required IReadOnlyList<string> Replies { get; init; }
    public ScoreCard? Score { get; init; }
    public string? RubricVersion { get; init; }
    public string? ScenarioId { get; init; }
    public int? ScenarioVersion { get; init; }
    public string? StepId { get; init; }
    public string? CategoryId { get; init; }
    public string? PersonaId { get; init; }

    /// <summary>What the buyer had said that the scored answer replied to.</summary>
    public string? BuyerLine { get; init; }
    public required string ContentVersion { get; init; }

    public static string IdFor(long sequence) => $"turn-{sequence:D10}";
}
