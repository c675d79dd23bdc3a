namespace SalesBot.Slack.Api;

/// <summary>An answer with nothing beyond the envelope (response_url posts, methods whose result is not needed).</summary>
public sealed record SlackOkResponse : SlackApiResponse;
