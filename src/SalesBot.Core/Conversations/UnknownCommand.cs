namespace SalesBot.Core.Conversations;

/// <summary>A message that looked like a command but wasn't one; <see cref="Suggestion"/> is the closest known command.</summary>
public sealed record UnknownCommand(string Text, string? Suggestion) : ParsedInput;
