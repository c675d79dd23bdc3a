namespace SalesBot.Slack.Api;

/// <summary><c>conversations.open</c> arguments: one user id opens (or returns) the bot's DM with them.</summary>
public sealed record ConversationsOpenRequest(string Users)
{
    public bool? ReturnIm { get; init; }
}
