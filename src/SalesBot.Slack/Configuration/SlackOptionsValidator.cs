using Microsoft.Extensions.Options;

namespace SalesBot.Slack.Configuration;

/// <summary>
/// Fails start-up on a half-filled <c>Slack</c> section with a message naming the missing keys. An empty section is
/// valid (Slack unused: the endpoints answer 401). Nothing here calls Slack: an unreachable API never fails start-up.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var hasClientId = !string.IsNullOrWhiteSpace(options.ClientId);
        var hasClientSecret = !string.IsNullOrWhiteSpace(options.ClientSecret);
        if (hasClientId != hasClientSecret)
        {
            failures.Add("Slack:ClientId and Slack:ClientSecret go together (OAuth install): set both or neither.");
        }

        if (!string.IsNullOrWhiteSpace(options.BotToken) && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal)
            && !options.BotToken.StartsWith("xoxe.xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with 'xoxb-' (OAuth & Permissions → Bot User OAuth Token).");
        }

        if (!string.IsNullOrWhiteSpace(options.AppToken) && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token starting with 'xapp-' (Basic Information → App-Level Tokens, scope connections:write).");
        }

        var hasBotTokenSource = !string.IsNullOrWhiteSpace(options.BotToken) || (hasClientId && hasClientSecret);
        if (!hasBotTokenSource)
        {
            failures.Add("Slack needs Slack:BotToken (one workspace) or Slack:ClientId + Slack:ClientSecret (OAuth install) to send messages.");
        }

        if (options.Mode == SlackMode.SocketMode)
        {
            if (string.IsNullOrWhiteSpace(options.AppToken))
            {
                failures.Add("Slack:Mode is SocketMode but Slack:AppToken (xapp-…) is empty.");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:Mode is Http but Slack:SigningSecret is empty: every request from Slack would be refused.");
        }

        if (options.StateSecret is { Length: > 0 and < 32 })
        {
            failures.Add("Slack:StateSecret must be at least 32 characters (or leave it empty to derive one from Slack:ClientSecret).");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/.");
        }

        if (!options.AuthorizeUrl.IsAbsoluteUri)
        {
            failures.Add("Slack:AuthorizeUrl must be an absolute URL.");
        }

        if (options.RedirectUri is { IsAbsoluteUri: false })
        {
            failures.Add("Slack:RedirectUri must be an absolute URL (https://…/slack/oauth/callback).");
        }

        if (options.MaxBodyBytes < 4096 || options.DispatchLanes < 1 || options.QueueCapacity < 1 || options.ChannelBurst < 1 || options.MaxRateLimitRetries < 0)
        {
            failures.Add("Slack:MaxBodyBytes (≥ 4096), Slack:DispatchLanes, Slack:QueueCapacity and Slack:ChannelBurst (≥ 1) and Slack:MaxRateLimitRetries (≥ 0) are out of range.");
        }

        return failures.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(failures.Select(f => "Invalid Slack configuration: " + f));
    }
}
