namespace SalesBot.Core.Rhythm;

/// <summary>A stored value with the ETag a later write must match; a null ETag means "create: must not exist yet".</summary>
public sealed record Versioned<T>(T Value, string? ETag)
{
    public Versioned<T> With(T value) => this with { Value = value };
}
