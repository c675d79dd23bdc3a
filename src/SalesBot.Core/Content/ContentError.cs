namespace SalesBot.Core.Content;

/// <summary>One problem found in a content file, named by file, line and field.</summary>
public sealed record ContentError(string File, long Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
