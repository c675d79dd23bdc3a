namespace SalesBot.Slack.Inbound.Wire;

/// <summary>One entry of <c>actions</c> in <c>block_actions</c>.</summary>
internal sealed record BlockActionWire
{
    public string? ActionId { get; init; }

    public string? BlockId { get; init; }

    public string? Type { get; init; }

    public string? Value { get; init; }

    public string? ActionTs { get; init; }

    public OptionWire? SelectedOption { get; init; }

    public string? SelectedUser { get; init; }

    public string? SelectedDate { get; init; }

    public string? SelectedConversation { get; init; }

    public string? SelectedChannel { get; init; }
}
