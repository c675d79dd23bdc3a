using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Api;
using SalesBot.Slack.Configuration;
using SalesBot.Slack.SocketMode;

namespace SalesBot.Slack.Installations;

/// <summary>
/// Learns the single-workspace bot's identity (<c>auth.test</c> with <c>Slack:BotToken</c>) in the background. An unreachable
/// Slack never fails start-up: the call is retried with backoff while the endpoints already verify and acknowledge.
/// A refused token is logged once as an error.
/// </summary>
internal sealed partial class SlackBotIdentityService(
    SlackApiClient api,
    SlackBotIdentity identity,
    IOptions<SlackOptions> options,
    ISlackDelay delay,
    ILogger<SlackBotIdentityService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var token = options.Value.BotToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            return;
        }

        for (var failures = 1; !stoppingToken.IsCancellationRequested; failures++)
        {
            try
            {
                var who = await api.AuthTestAsync(token, stoppingToken);
                identity.Set(who.UserId, who.BotId, who.TeamId);
                LogIdentified(logger, who.TeamId, who.UserId, who.BotId);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SlackApiException ex) when (ex.Kind == SlackErrorKind.Auth)
            {
                LogRefused(logger, ex.Error);
                return;
            }
            catch (SlackApiException ex)
            {
                var wait = SlackSocketModeService.Backoff(failures, options.Value.MaxReconnectDelay);
                LogUnreachable(logger, ex.Error, wait.TotalSeconds);
                try
                {
                    await delay.DelayAsync(wait, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(EventId = 7700, Level = LogLevel.Information, Message = "Slack bot identified: team {TeamId}, bot user {BotUserId}, bot {BotId}")]
    private static partial void LogIdentified(ILogger logger, string? teamId, string? botUserId, string? botId);

    [LoggerMessage(EventId = 7701, Level = LogLevel.Warning, Message = "Slack API unreachable at start ({Error}); retrying auth.test in {Seconds}s")]
    private static partial void LogUnreachable(ILogger logger, string error, double seconds);

    [LoggerMessage(EventId = 7702, Level = LogLevel.Error, Message = "Slack refused Slack:BotToken ({Error}); sending will fail until it is fixed")]
    private static partial void LogRefused(ILogger logger, string error);
}
