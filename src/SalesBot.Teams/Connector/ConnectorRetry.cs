namespace SalesBot.Teams.Connector;

/// <summary>A retry about to wait: which attempt failed, with what status (0 = network), and for how long it waits.</summary>
public sealed record ConnectorRetry(string Operation, int Attempt, int StatusCode, TimeSpan Delay, bool FromRetryAfter);
