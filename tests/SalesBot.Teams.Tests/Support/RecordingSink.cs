using System.Collections.Concurrent;
using System.Text.Json;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Hosting;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Tests.Support;

/// <summary>An <see cref="ITeamsTurnSink"/> that records what the endpoint handed over.</summary>
internal sealed class RecordingSink : ITeamsTurnSink
{
    public ConcurrentQueue<TeamsInbound> Accepted { get; } = new();

    public ConcurrentQueue<TeamsInbound> Invoked { get; } = new();

    public int Count => Accepted.Count + Invoked.Count;

    public Task<TeamsAcceptance> AcceptAsync(TeamsInbound inbound, CancellationToken cancellationToken)
    {
        Accepted.Enqueue(inbound);
        return Task.FromResult(TeamsAcceptance.Accepted);
    }

    public Task<AdaptiveCardInvokeResponse> InvokeAsync(TeamsInbound inbound, CancellationToken cancellationToken)
    {
        Invoked.Enqueue(inbound);
        return Task.FromResult(new AdaptiveCardInvokeResponse(
            200,
            AdaptiveCardInvokeResponse.MessageType,
            JsonSerializer.SerializeToElement($"executed {inbound.Action?.Id}", TeamsJsonContext.Default.String)));
    }
}
