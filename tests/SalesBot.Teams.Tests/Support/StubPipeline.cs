using System.Collections.Concurrent;

namespace SalesBot.Teams.Tests.Support;

/// <summary>An <see cref="ITurnPipeline"/> that records what the Teams sink hands it and answers as told.</summary>
internal sealed class StubPipeline : ITurnPipeline
{
    public ConcurrentQueue<InboundTurn> Enqueued { get; } = new();

    public ConcurrentQueue<(InboundTurn Turn, TurnDelivery Delivery)> Processed { get; } = new();

    public EnqueueResult NextEnqueue { get; set; } = EnqueueResult.Accepted;

    public TurnResult NextResult { get; set; } = new([]);

    public ValueTask<EnqueueResult> EnqueueAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        Enqueued.Enqueue(turn);
        return ValueTask.FromResult(NextEnqueue);
    }

    public Task<TurnResult> ProcessAsync(InboundTurn turn, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        Processed.Enqueue((turn, delivery));
        return Task.FromResult(NextResult);
    }
}
