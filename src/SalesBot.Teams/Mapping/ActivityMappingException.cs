namespace SalesBot.Teams.Mapping;

/// <summary>An activity that parsed as JSON but can't be acted on (a message without a sender, a malformed button value): 400.</summary>
public sealed class ActivityMappingException : Exception
{
    public ActivityMappingException()
    {
    }

    public ActivityMappingException(string message)
        : base(message)
    {
    }

    public ActivityMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
