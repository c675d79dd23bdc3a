namespace SalesBot.Slack.Outbound;

/// <summary>How a <c>response_url</c> answer appears.</summary>
public enum SlackResponseMode
{
    /// <summary>A new message only the user sees (slash-command answers).</summary>
    Ephemeral,

    /// <summary>A new message everyone in the channel sees.</summary>
    InChannel,

    /// <summary>Replaces the message whose button was pressed (works for ephemeral messages too).</summary>
    ReplaceOriginal,

    /// <summary>Deletes the message whose button was pressed.</summary>
    DeleteOriginal,
}
