using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Api;

/// <summary><c>chat.update</c> arguments: replaces the message <see cref="Ts"/> (e.g. to remove answered buttons).</summary>
public sealed record ChatUpdateRequest(string Channel, string Ts, string Text, IReadOnlyList<SlackBlock>? Blocks);
