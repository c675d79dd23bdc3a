using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Configuration;

namespace SalesBot.Slack.Inbound;

/// <summary>
/// Acknowledged work waiting for the sink: several bounded lanes, a user always on the same lane so their messages are
/// handled in order while different users proceed in parallel.
/// </summary>
internal sealed class SlackInboundQueue
{
    private readonly Channel<SlackInbound>[] _lanes;

    public SlackInboundQueue(IOptions<SlackOptions> options)
    {
        var value = options.Value;
        _lanes = Enumerable.Range(0, Math.Max(1, value.DispatchLanes))
            .Select(_ => Channel.CreateBounded<SlackInbound>(new BoundedChannelOptions(Math.Max(1, value.QueueCapacity))
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))
            .ToArray();
    }

    public int LaneCount => _lanes.Length;

    /// <summary>False when the lane is full (the request is then refused with 503 and Slack retries it).</summary>
    public bool TryEnqueue(SlackInbound inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var key = inbound.Team.TeamId + ":" + (inbound.UserId ?? "");
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_lanes.Length);
        return _lanes[lane].Writer.TryWrite(inbound);
    }

    public ChannelReader<SlackInbound> Reader(int lane) => _lanes[lane].Reader;

    public void Complete()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
    }
}
