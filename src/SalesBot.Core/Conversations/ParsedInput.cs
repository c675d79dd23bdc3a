namespace SalesBot.Core.Conversations;

/// <summary>What a message turned out to be, when it is not a drill answer.</summary>
public abstract record ParsedInput;
