namespace SalesBot.Teams.Activities;

/// <summary>What <c>POST /v3/conversations</c> answers: the conversation id (<c>a:…</c>), and the first activity's id if one was sent.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
