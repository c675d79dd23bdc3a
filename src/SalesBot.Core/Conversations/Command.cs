namespace SalesBot.Core.Conversations;

/// <summary>What the user asked for.</summary>
public enum CommandKind
{
    Help,
    Greeting,
    Practice,
    RolePlay,
    Progress,
    Playbook,
    Review,
    Approve,
    Reject,
    Nominate,
    Hint,
    Skip,
    Stop,
}

/// <summary>What a message turned out to be, when it is not a drill answer.</summary>
public abstract record ParsedInput;

/// <summary>A parsed command with its optional argument ("practice price" → Practice, "price").</summary>
public sealed record Command(CommandKind Kind, string? Argument = null) : ParsedInput;

/// <summary>A message that looked like a command but wasn't one; <see cref="Suggestion"/> is the closest known command.</summary>
public sealed record UnknownCommand(string Text, string? Suggestion) : ParsedInput;
