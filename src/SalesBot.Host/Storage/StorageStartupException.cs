namespace SalesBot.Host.Storage;

/// <summary>
/// The store cannot be used (unreachable, refused, misconfigured). Its message says what and where; it prints as that one
/// message (no stack trace), because the cause is the environment, not the code. The underlying error is logged at Debug.
/// </summary>
internal sealed class StorageStartupException(string message) : Exception(message)
{
    public override string? StackTrace => null;

    public override string ToString() => $"{nameof(StorageStartupException)}: {Message}";
}
