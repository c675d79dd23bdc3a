using System.Text.Json;
using Microsoft.Extensions.Logging;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Hosting;

/// <summary>The sink used until the host registers a real one: it logs and drops the activity.</summary>
internal sealed partial class UnwiredTeamsTurnSink(ILogger<UnwiredTeamsTurnSink> logger) : ITeamsTurnSink
{
    public Task AcceptAsync(TeamsInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        LogDropped(logger, inbound.Kind);
        return Task.CompletedTask;
    }

    public Task<AdaptiveCardInvokeResponse> InvokeAsync(TeamsInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        LogDropped(logger, inbound.Kind);
        return Task.FromResult(new AdaptiveCardInvokeResponse(
            200,
            AdaptiveCardInvokeResponse.MessageType,
            JsonSerializer.SerializeToElement("SalesBot is not connected yet.", TeamsJsonContext.Default.String)));
    }

    [LoggerMessage(EventId = 330, Level = LogLevel.Warning, Message = "A Teams {Kind} activity arrived but no ITeamsTurnSink is registered; it was dropped")]
    private static partial void LogDropped(ILogger logger, TeamsInboundKind kind);
}
