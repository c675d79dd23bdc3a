using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Api;

/// <summary><c>chat.postEphemeral</c> arguments: a message only <see cref="User"/> sees in <see cref="Channel"/>.</summary>
public sealed record ChatPostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<SlackBlock>? Blocks);
