namespace SalesBot.Slack.Inbound;

/// <summary>
/// One input's value in a submitted modal: <see cref="Value"/> is the text, the chosen option's value, user, channel, date
/// or time; <see cref="Selected"/> lists multi-select choices.
/// </summary>
public sealed record SlackViewValue(string Type, string? Value, IReadOnlyList<string> Selected);
