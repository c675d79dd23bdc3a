using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Api;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.Installations;

namespace SalesBot.Slack.Http;

/// <summary>
/// OAuth v2 install for many workspaces. <c>GET /slack/install</c> redirects to Slack's authorize page with a signed,
/// expiring, single-use <c>state</c> bound to the browser by a cookie; <c>GET /slack/oauth/callback</c> checks it,
/// exchanges the code with <c>oauth.v2.access</c>, learns the bot id with <c>auth.test</c> and stores the installation.
/// </summary>
internal static partial class SlackOAuthEndpoints
{
    public const string InstallPath = "/slack/install";
    public const string CallbackPath = "/slack/oauth/callback";
    public const string StateCookie = "salesbot_slack_oauth";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(InstallPath, Install).WithName("SlackInstall");
        endpoints.MapGet(CallbackPath, CallbackAsync).WithName("SlackOAuthCallback");
    }

    private static IResult Install(HttpContext context, IOptions<SlackOptions> options, SlackOAuthStateService states)
    {
        var value = options.Value;
        if (!value.HasOAuth)
        {
            return NotConfigured();
        }

        var (state, nonce) = states.Issue();
        context.Response.Cookies.Append(StateCookie, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = CallbackPath,
            MaxAge = value.StateLifetime,
            IsEssential = true,
        });

        var query = new Dictionary<string, string?>
        {
            ["client_id"] = value.ClientId,
            ["scope"] = value.Scopes,
            ["state"] = state,
        };
        if (value.RedirectUri is not null)
        {
            query["redirect_uri"] = value.RedirectUri.ToString();
        }

        return Results.Redirect(QueryHelpers.AddQueryString(value.AuthorizeUrl.ToString(), query));
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext context,
        IOptions<SlackOptions> options,
        SlackOAuthStateService states,
        SlackApiClient api,
        ISlackInstallationStore installations,
        SlackTokenResolver tokens,
        TimeProvider time,
        ILogger<SlackOAuthStateService> logger)
    {
        var value = options.Value;
        if (!value.HasOAuth)
        {
            return NotConfigured();
        }

        var query = context.Request.Query;
        if (query["error"].ToString() is { Length: > 0 } error)
        {
            return Page(StatusCodes.Status400BadRequest, "Installation cancelled", $"Slack reported: {error}. Nothing was installed.");
        }

        var verdict = await states.ConsumeAsync(query["state"].ToString(), context.Request.Cookies[StateCookie], context.RequestAborted);
        if (verdict != SlackOAuthStateResult.Valid)
        {
            LogStateRefused(logger, verdict);
            return Page(StatusCodes.Status401Unauthorized, "Installation refused", "This install link is invalid, expired or was already used. Start again from the install page.");
        }

        context.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = CallbackPath });
        var code = query["code"].ToString();
        if (code.Length == 0)
        {
            return Page(StatusCodes.Status400BadRequest, "Installation failed", "Slack did not send an authorisation code.");
        }

        OAuthV2AccessResponse access;
        try
        {
            access = await api.OAuthV2AccessAsync(value.ClientId!, value.ClientSecret!, code, value.RedirectUri, context.RequestAborted);
        }
        catch (SlackApiException ex)
        {
            LogExchangeFailed(logger, ex.Error);
            return Page(StatusCodes.Status502BadGateway, "Installation failed", $"Slack refused the install ({ex.Error}). Please try again.");
        }

        if (access.AccessToken is null || access.BotUserId is null || (access.Team?.Id is null && access.Enterprise?.Id is null))
        {
            return Page(StatusCodes.Status502BadGateway, "Installation failed", "Slack's answer had no bot token; check the app has a bot user and bot scopes.");
        }

        string? botId = null;
        try
        {
            botId = (await api.AuthTestAsync(access.AccessToken, context.RequestAborted)).BotId;
        }
        catch (SlackApiException ex)
        {
            LogExchangeFailed(logger, "auth.test: " + ex.Error);
        }

        var installation = new SlackInstallation
        {
            TeamId = access.Team?.Id ?? access.Enterprise!.Id!,
            TeamName = access.Team?.Name,
            EnterpriseId = access.Enterprise?.Id,
            EnterpriseName = access.Enterprise?.Name,
            IsEnterpriseInstall = access.IsEnterpriseInstall,
            BotToken = access.AccessToken,
            BotUserId = access.BotUserId,
            BotId = botId,
            AppId = access.AppId,
            Scopes = (access.Scope ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            InstallerUserId = access.AuthedUser?.Id,
            BotRefreshToken = access.RefreshToken,
            BotTokenExpiresAt = access.ExpiresIn is { } seconds ? time.GetUtcNow().AddSeconds(seconds) : null,
            InstalledAt = time.GetUtcNow(),
        };
        await installations.SaveAsync(installation, context.RequestAborted);
        tokens.Forget(new Inbound.SlackTeamRef(installation.TeamId, installation.EnterpriseId, installation.IsEnterpriseInstall));
        LogInstalled(logger, installation.TeamId, installation.EnterpriseId);
        return Page(StatusCodes.Status200OK, "SalesBot is installed", $"SalesBot is now installed in {installation.TeamName ?? installation.TeamId}. Open Slack and send the bot a direct message: try \"help\".");
    }

    private static IResult NotConfigured() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not configured", detail: "Slack OAuth install needs Slack:ClientId and Slack:ClientSecret.");

    private static IResult Page(int status, string title, string message)
    {
        var encoder = HtmlEncoder.Default;
        var html = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{encoder.Encode(title)}</title></head>"
            + $"<body><h1>{encoder.Encode(title)}</h1><p>{encoder.Encode(message)}</p></body></html>";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    [LoggerMessage(EventId = 7500, Level = LogLevel.Warning, Message = "Slack OAuth callback refused: state {Verdict}")]
    private static partial void LogStateRefused(ILogger logger, SlackOAuthStateResult verdict);

    [LoggerMessage(EventId = 7501, Level = LogLevel.Warning, Message = "Slack OAuth exchange failed: {Error}")]
    private static partial void LogExchangeFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Information, Message = "Slack app installed in team {TeamId} (enterprise {EnterpriseId})")]
    private static partial void LogInstalled(ILogger logger, string teamId, string? enterpriseId);
}
