namespace SalesBot.Teams.Hosting;

/// <summary>What the endpoint answers after handing an activity to the <see cref="ITeamsTurnSink"/>.</summary>
public enum TeamsAcceptance
{
    /// <summary>Taken (or deliberately ignored, or a duplicate): 200.</summary>
    Accepted,

    /// <summary>Not taken now (queue full, shutting down): 503, so the Bot Connector delivers it again.</summary>
    RetryLater,
}
