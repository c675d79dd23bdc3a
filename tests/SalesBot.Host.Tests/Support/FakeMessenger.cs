using SalesBot.Core.Messaging;

namespace SalesBot.Host.Tests.Support;

/// <summary>
/// A channel messenger for the pipeline tests (channel <c>test</c>): records every send and update in order, can hold a
/// send until the test releases it (a slow platform), and answers what the test tells it to.
/// </summary>
public sealed class FakeMessenger(string channel = FakeMessenger.TestChannel) : IChannelMessenger
{
    public const string TestChannel = "test";

    private readonly Lock _gate = new();
    private readonly List<Delivery> _deliveries = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public string Channel => channel;

    /// <summary>
    /// Awaited before each send or update is recorded (with the 0-based call number of that recipient's conversation);
    /// hold a send by returning a pending task.
    /// </summary>
    public Func<ConversationReference, int, Task>? Hold { get; set; }

    /// <summary>Runs inside each send, before it is recorded (e.g. to check what the store holds at that moment).</summary>
    public Func<ConversationReference, IReadOnlyList<OutboundMessage>, Task>? OnSend { get; set; }

    /// <summary>What a send reports; delivered with fresh ids unless set.</summary>
    public Func<ConversationReference, IReadOnlyList<OutboundMessage>, DeliveryResult>? Answer { get; set; }

    public IReadOnlyList<Delivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    private readonly Dictionary<string, int> _calls = [];

    public async Task<DeliveryResult> SendAsync(ConversationReference reference, IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        var call = NextCall(reference);
        if (Hold is { } hold)
        {
            await hold(reference, call).WaitAsync(cancellationToken);
        }

        if (OnSend is { } onSend)
        {
            await onSend(reference, messages);
        }

        var result = Answer?.Invoke(reference, messages) ?? DeliveryResult.Delivered(messages.Select(_ => Guid.NewGuid().ToString("N")).ToList());
        Record(new Delivery(reference, messages, null, null, result));
        return result;
    }

    public async Task<DeliveryResult> UpdateAsync(ConversationReference reference, string channelMessageId, SourceMessageUpdate update, CancellationToken cancellationToken)
    {
        var call = NextCall(reference);
        if (Hold is { } hold)
        {
            await hold(reference, call).WaitAsync(cancellationToken);
        }

        var result = DeliveryResult.Delivered([channelMessageId]);
        Record(new Delivery(reference, [], channelMessageId, update, result));
        return result;
    }

    private int NextCall(ConversationReference reference)
    {
        lock (_gate)
        {
            var call = _calls.GetValueOrDefault(reference.ChannelUserId);
            _calls[reference.ChannelUserId] = call + 1;
            return call;
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> sends or updates were recorded.</summary>
    public Task WaitForAsync(int count)
    {
        lock (_gate)
        {
            if (_deliveries.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private void Record(Delivery delivery)
    {
        lock (_gate)
        {
            _deliveries.Add(delivery);
            foreach (var waiter in _waiters.Where(w => _deliveries.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }

    /// <summary>One call: a send (<see cref="Messages"/>) or an update of <see cref="UpdatedMessageId"/>.</summary>
    public sealed record Delivery(ConversationReference Reference, IReadOnlyList<OutboundMessage> Messages, string? UpdatedMessageId, SourceMessageUpdate? Update, DeliveryResult Result);
}
