namespace SalesBot.Core.Messaging;

/// <summary>A name/value pair (a criterion and its verdict, a category and its proficiency).</summary>
public sealed record MessageFact(string Name, string Value);
