namespace SalesBot.Host.Channels.Local;

/// <summary>POST /api/local/messages: text or an action from a user.</summary>
internal sealed record LocalRequest
{
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string? Text { get; init; }
    public LocalAction? Action { get; init; }

    /// <summary>Optional client-chosen id: a retried POST with the same id is processed once.</summary>
    public string? MessageId { get; init; }

    /// <summary>Optional IANA time zone of the user (the page sends the browser's), stored with the conversation reference.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Optional locale (e.g. <c>en-GB</c>).</summary>
    public string? Locale { get; init; }
}
