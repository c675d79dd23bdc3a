using SalesBot.Core.Messaging;

namespace SalesBot.Host.Channels.Pipeline;

/// <summary>The registered <see cref="IChannelMessenger"/>s, by channel. Two messengers for one channel stop the start.</summary>
internal sealed class ChannelMessengers
{
    private readonly Dictionary<string, IChannelMessenger> _byChannel = new(StringComparer.OrdinalIgnoreCase);

    public ChannelMessengers(IEnumerable<IChannelMessenger> messengers)
    {
        ArgumentNullException.ThrowIfNull(messengers);
        foreach (var messenger in messengers)
        {
            if (!_byChannel.TryAdd(messenger.Channel, messenger))
            {
                throw new InvalidOperationException($"Two messengers are registered for the channel '{messenger.Channel}': {_byChannel[messenger.Channel].GetType().Name} and {messenger.GetType().Name}.");
            }
        }
    }

    public IChannelMessenger? Find(string channel) => _byChannel.GetValueOrDefault(channel);
}
