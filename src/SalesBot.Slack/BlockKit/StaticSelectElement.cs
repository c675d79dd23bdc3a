namespace SalesBot.Slack.BlockKit;

/// <summary>A drop-down of fixed options (≤ 100).</summary>
public sealed record StaticSelectElement(IReadOnlyList<SlackOption> Options) : SlackElement
{
    public SlackOption? InitialOption { get; init; }

    public SlackText? Placeholder { get; init; }
}
