namespace SalesBot.Teams.Auth;

/// <summary>Who issued a channel → bot token.</summary>
public enum TokenFamily
{
    /// <summary><c>https://api.botframework.com</c>: the full rule table, including serviceurl and endorsements.</summary>
    BotFramework,

    /// <summary>The Bot Service Entra tenants or the bot's own tenant (single-tenant bots only).</summary>
    Entra,
}
