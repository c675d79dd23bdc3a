namespace SalesBot.Bench;

/// <summary>Full turns completed through the proxy, replies received by the sink, failed or timed-out turns.</summary>
internal sealed record LoopStats(long Turns, long Replies, long Failures);
