namespace SalesBot.Teams.Connector;

/// <summary>The token endpoint refused or failed the client-credentials grant. The message never contains the secret.</summary>
public sealed class BotTokenException : Exception
{
    public BotTokenException()
    {
    }

    public BotTokenException(string message)
        : base(message)
    {
    }

    public BotTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
