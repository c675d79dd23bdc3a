using System.Text.Json;

namespace SalesBot.Slack.Api;

/// <summary>
/// <c>chat.update</c> with blocks Slack sent back in a <c>block_actions</c> payload (kept as JSON, minus the answered
/// buttons): the message keeps its content and loses its buttons.
/// </summary>
public sealed record ChatRetireRequest(string Channel, string Ts, string Text, JsonElement Blocks);
