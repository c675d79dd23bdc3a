namespace SalesBot.Slack.Tests.Support;

/// <summary>A signed HTTP request exactly as a test sent it to SalesBot (replayed to the Bolt oracle).</summary>
public sealed record SentRequest(string Name, string ContentType, string Body, IReadOnlyDictionary<string, string> Headers);
