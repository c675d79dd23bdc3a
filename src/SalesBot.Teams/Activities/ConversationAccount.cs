namespace SalesBot.Teams.Activities;

/// <summary>A conversation: <c>a:…</c> personal, <c>19:…@thread.v2</c> group chat, <c>19:…@thread.skype</c> channel.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }
}
