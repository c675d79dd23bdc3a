namespace SalesBot.Slack.Outbound;

/// <summary>Where a sent message landed: keep it to update the message later (<c>chat.update</c>).</summary>
public sealed record SlackPostedMessage(string ChannelId, string Ts);
