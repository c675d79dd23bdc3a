namespace SalesBot.Teams.Activities;

/// <summary>The Connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ConnectorError? Error);
