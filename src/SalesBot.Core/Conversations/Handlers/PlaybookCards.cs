using SalesBot.Core.Content;
using SalesBot.Core.Drills;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>The cards of the playbook review flow: a nomination to decide, and the same card once decided.</summary>
internal static class PlaybookCards
{
    public const string NominationReason = "playbook-nomination";
    public const string DecisionReason = "playbook-decision";

    public static string CategoryName(ContentCatalog content, string categoryId) => content.FindCategory(categoryId)?.Name ?? categoryId;

    public static string SellerName(PlaybookEntry entry) => entry.SellerName ?? entry.Seller.UserId;

    /// <summary>A nomination with Approve / Reject buttons (the review card, and the proactive "new nomination" card).</summary>
    public static OutboundMessage Nomination(ContentCatalog content, PlaybookEntry entry, string title, string text, bool reviewAll) => new()
    {
        Title = title,
        Text = text,
        Sections = [new MessageSection { Facts = Facts(content, entry) }],
        Actions =
        [
            MessageAction.With(DrillMessages.ActionApprove, "Approve", "entry", entry.Id) with { Style = ButtonStyle.Positive },
            MessageAction.With(DrillMessages.ActionReject, "Reject", "entry", entry.Id) with { Style = ButtonStyle.Destructive },
            .. reviewAll ? [new MessageAction(DrillMessages.ActionReview, "Review all")] : Array.Empty<MessageAction>(),
        ],
    };

    /// <summary>The nomination once decided: who decided, and no buttons any more.</summary>
    public static OutboundMessage Decided(ContentCatalog content, PlaybookEntry entry, string reviewerName) => new()
    {
        Kind = MessageKind.Summary,
        Title = entry.Status == PlaybookStatus.Approved
            ? $"\u2713 Approved by {reviewerName}"
            : $"\u2717 Rejected by {reviewerName}",
        Text = $"{SellerName(entry)}'s {entry.Score}/100 answer ({CategoryName(content, entry.CategoryId)}).",
        Sections = [new MessageSection { Facts = Facts(content, entry) }],
    };

    private static List<MessageFact> Facts(ContentCatalog content, PlaybookEntry entry) =>
    [
        new("Seller", SellerName(entry)),
        new("Category", CategoryName(content, entry.CategoryId)),
        new("Score", $"{entry.Score}/100"),
        new("Objection", entry.Objection),
        new("Answer", entry.Answer),
        new("Rubric", entry.RubricVersion),
    ];
}
