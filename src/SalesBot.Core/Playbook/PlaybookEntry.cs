using SalesBot.Core.Messaging;

namespace SalesBot.Core.Playbook;

/// <summary>Where a nominated answer stands.</summary>
public enum PlaybookStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A seller's high-scoring answer nominated for the team playbook; a manager approves or rejects it.</summary>
public sealed record PlaybookEntry
{
    public required string Id { get; init; }

    /// <summary>The tenant the playbook belongs to (<see cref="UserKey.TenantKey"/>).</summary>
    public required string TenantKey { get; init; }
    public required string CategoryId { get; init; }
    public required string PhrasingId { get; init; }
    public required string Objection { get; init; }
    public required string Answer { get; init; }
    public required int Score { get; init; }
    public required string RubricVersion { get; init; }
    public required UserKey Seller { get; init; }
    public string? SellerName { get; init; }
    public required DateTimeOffset NominatedAt { get; init; }
    public required PlaybookStatus Status { get; init; }
    public UserKey? ReviewedBy { get; init; }

    /// <summary>The reviewer's display name when they decided, for "✓ Approved by …".</summary>
    public string? ReviewedByName { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
}
