using Microsoft.Extensions.Logging;

namespace SalesBot.Slack.Inbound;

/// <summary>The sink until the pipeline adapter is registered: logs what arrived and closes modals.</summary>
internal sealed partial class LoggingSlackTurnSink(ILogger<LoggingSlackTurnSink> logger) : ISlackTurnSink
{
    public Task HandleAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        LogReceived(logger, inbound.GetType().Name, inbound.Team.TeamId, inbound.Delivery.DeliveryId);
        return Task.CompletedTask;
    }

    public Task<SlackViewSubmissionResult> SubmitViewAsync(SlackViewSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        LogReceived(logger, nameof(SlackViewSubmission), submission.Team.TeamId, submission.Delivery.DeliveryId);
        return Task.FromResult(SlackViewSubmissionResult.Close);
    }

    [LoggerMessage(EventId = 7210, Level = LogLevel.Information, Message = "Slack {Kind} from {TeamId} ({DeliveryId}) received; no turn sink is registered")]
    private static partial void LogReceived(ILogger logger, string kind, string teamId, string? deliveryId);
}
