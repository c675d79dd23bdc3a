namespace SalesBot.Teams.Configuration;

/// <summary>
/// The <c>Teams</c> section is half-filled or unsafe. Its message names every setting to fix (never a value); it prints as
/// that one message, without a stack trace, because the cause is the configuration, not the code.
/// </summary>
public sealed class TeamsSettingsException : Exception
{
    public TeamsSettingsException()
    {
    }

    public TeamsSettingsException(string message)
        : base(message)
    {
    }

    public TeamsSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override string? StackTrace => null;

    public override string ToString() => $"{nameof(TeamsSettingsException)}: {Message}";
}
