using SalesBot.Core.Messaging;
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

    /// <summary>The channel's id of the inbound message, if it had one.</summary>
    public string? MessageId { get; init; }

    /// <summary>True when the bot spoke first (a proactive message: no user text, the replies are what the bot sent).</summary>
    public bool BotInitiated { get; init; }

    /// <summary>Why the bot spoke first (e.g. <c>playbook-nomination</c>, <c>brief</c>), for bot-initiated entries.</summary>
    public string? Reason { get; init; }

    /// <summary>A lifecycle event instead of a message: <c>installed</c>, <c>removed</c>, <c>recipient-gone</c>.</summary>
    public string? Event { get; init; }
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
