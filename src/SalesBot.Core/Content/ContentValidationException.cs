namespace SalesBot.Core.Content;

/// <summary>Content files failed validation; <see cref="Errors"/> lists every problem found.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    public ContentValidationException()
        : this([])
    {
    }

    public ContentValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<ContentError> Errors { get; } = [];

    private static string BuildMessage(IReadOnlyList<ContentError> errors) =>
        errors.Count == 0
            ? "Content is invalid."
            : $"Content is invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}"
              + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
