namespace SalesBot.Slack.Inbound;

/// <summary>A submitted modal's <c>state.values</c>: block id → action id → value.</summary>
public sealed class SlackViewValues(IReadOnlyDictionary<string, IReadOnlyDictionary<string, SlackViewValue>> values)
{
    public static SlackViewValues Empty { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, SlackViewValue>>());

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, SlackViewValue>> Blocks => values;

    /// <summary>The value of the input in <paramref name="blockId"/> (its only element, or <paramref name="actionId"/>).</summary>
    public SlackViewValue? Get(string blockId, string? actionId = null)
    {
        if (!values.TryGetValue(blockId, out var block))
        {
            return null;
        }

        if (actionId is not null)
        {
            return block.GetValueOrDefault(actionId);
        }

        return block.Count == 0 ? null : block.Values.First();
    }

    /// <summary>The trimmed text (or selected value) of a block, or null when empty.</summary>
    public string? GetText(string blockId, string? actionId = null) =>
        Get(blockId, actionId)?.Value is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
