using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesBot.Slack.Installations;

namespace SalesBot.Slack.Inbound;

/// <summary>
/// Drains the inbound queue into the sink, one task per lane. Workspace-level events are applied here first:
/// <c>app_uninstalled</c> and a revoked bot token delete the installation before the sink hears of it.
/// A failing sink call is logged and never stops the lane.
/// </summary>
internal sealed partial class SlackInboundDispatcher(
    SlackInboundQueue queue,
    ISlackTurnSink sink,
    ISlackInstallationStore installations,
    SlackTokenResolver tokens,
    ILogger<SlackInboundDispatcher> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, queue.LaneCount).Select(lane => RunLaneAsync(lane, stoppingToken)));

    private async Task RunLaneAsync(int lane, CancellationToken stoppingToken)
    {
        var reader = queue.Reader(lane);
        try
        {
            await foreach (var inbound in reader.ReadAllAsync(stoppingToken))
            {
                await DispatchAsync(inbound, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal async Task DispatchAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        try
        {
            switch (inbound)
            {
                case SlackAppUninstalled:
                case SlackTokensRevoked { BotUserIds.Count: > 0 }:
                    LogUninstalled(logger, inbound.Team.TeamId, await installations.DeleteAsync(inbound.Team, cancellationToken));
                    tokens.Forget(inbound.Team);
                    break;
            }

            await sink.HandleAsync(inbound, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogSinkFailed(logger, inbound.GetType().Name, inbound.Delivery.DeliveryId, ex);
        }
    }

    [LoggerMessage(EventId = 7200, Level = LogLevel.Information, Message = "Slack workspace {TeamId} uninstalled or its bot token revoked; installation removed: {Removed}")]
    private static partial void LogUninstalled(ILogger logger, string teamId, bool removed);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Error, Message = "Slack {Kind} {DeliveryId} failed in the turn sink")]
    private static partial void LogSinkFailed(ILogger logger, string kind, string? deliveryId, Exception exception);
}
