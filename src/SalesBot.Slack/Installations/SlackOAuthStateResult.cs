namespace SalesBot.Slack.Installations;

/// <summary>The verdict on an OAuth <c>state</c> coming back to the callback.</summary>
public enum SlackOAuthStateResult
{
    Valid,
    Missing,
    Forged,
    Expired,
    Replayed,
    WrongBrowser,
}
