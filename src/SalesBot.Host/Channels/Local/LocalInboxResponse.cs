namespace SalesBot.Host.Channels.Local;

/// <summary>GET /api/local/inbox: the items after the cursor, oldest first, and the cursor to ask from next time.</summary>
internal sealed record LocalInboxResponse(IReadOnlyList<LocalInboxItem> Items, string? Cursor);
