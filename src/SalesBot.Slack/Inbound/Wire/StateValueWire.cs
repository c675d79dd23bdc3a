namespace SalesBot.Slack.Inbound.Wire;

/// <summary>One input's state: text <c>value</c>, or the selected option/user/channel/date/time.</summary>
internal sealed record StateValueWire
{
    public string? Type { get; init; }

    public string? Value { get; init; }

    public OptionWire? SelectedOption { get; init; }

    public IReadOnlyList<OptionWire>? SelectedOptions { get; init; }

    public string? SelectedUser { get; init; }

    public IReadOnlyList<string>? SelectedUsers { get; init; }

    public string? SelectedConversation { get; init; }

    public string? SelectedChannel { get; init; }

    public string? SelectedDate { get; init; }

    public string? SelectedTime { get; init; }
}
