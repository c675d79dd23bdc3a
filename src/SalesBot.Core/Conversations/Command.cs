namespace SalesBot.Core.Conversations;

/// <summary>A parsed command with its optional argument ("practice price" → Practice, "price").</summary>
public sealed record Command(CommandKind Kind, string? Argument = null) : ParsedInput;
