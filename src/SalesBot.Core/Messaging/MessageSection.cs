namespace SalesBot.Core.Messaging;

/// <summary>A titled block of a message: a paragraph and/or facts.</summary>
public sealed record MessageSection
{
    public string? Title { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageFact> Facts { get; init; } = [];
}
