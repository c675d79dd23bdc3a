namespace SalesBot.Slack.Inbound.Wire;

/// <summary><c>view.state</c>: <c>values[block_id][action_id]</c>.</summary>
internal sealed record ViewStateWire
{
    public IReadOnlyDictionary<string, Dictionary<string, StateValueWire>>? Values { get; init; }
}
