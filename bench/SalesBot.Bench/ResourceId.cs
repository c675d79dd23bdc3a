namespace SalesBot.Bench;

/// <summary>The Connector's <c>ResourceResponse</c> / <c>ConversationResourceResponse</c>.</summary>
internal sealed record ResourceId(string Id);
