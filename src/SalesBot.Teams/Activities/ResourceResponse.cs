namespace SalesBot.Teams.Activities;

/// <summary>What the Connector answers to a send, reply or update: the id of the message (<c>1:…</c>); may be absent on 202.</summary>
public sealed record ResourceResponse(string? Id);
