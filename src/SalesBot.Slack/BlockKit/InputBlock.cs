namespace SalesBot.Slack.BlockKit;

/// <summary>A labelled form field in a modal; its value arrives in <c>view.state.values[block_id][action_id]</c>.</summary>
public sealed record InputBlock(SlackText Label, SlackElement Element) : SlackBlock
{
    public bool? Optional { get; init; }

    public SlackText? Hint { get; init; }
}
