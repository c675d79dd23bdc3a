namespace SalesBot.Slack.Tests.Support;

/// <summary>
/// How SalesBot answered one delivery: the HTTP status and body, or in Socket Mode 200 and the ack's <c>payload</c>
/// (503 when no ack came: Slack would deliver it again).
/// </summary>
public sealed record SlackAnswer(int Status, string Body);
