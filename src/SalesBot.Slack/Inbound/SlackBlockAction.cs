using SalesBot.Core.Messaging;
using SalesBot.Slack.Modals;

namespace SalesBot.Slack.Inbound;

/// <summary>
/// A button press (<c>block_actions</c>). <see cref="Action"/> is the channel-neutral action (id + data) the button was
/// rendered from; <see cref="Source"/> says which message to update so answered buttons disappear.
/// </summary>
public sealed record SlackBlockAction : SlackInbound
{
    public required string User { get; init; }

    public string? UserName { get; init; }

    public required ActionInvocation Action { get; init; }

    /// <summary>The raw <c>action_id</c> and <c>block_id</c> as Slack sent them.</summary>
    public required string SlackActionId { get; init; }

    public string? BlockId { get; init; }

    /// <summary>For selects: the chosen option value (or user, date…).</summary>
    public string? SelectedValue { get; init; }

    public string? ActionTs { get; init; }

    public required SlackActionSource Source { get; init; }

    /// <summary>Present for actions in messages (not views).</summary>
    public Uri? ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    /// <summary>Set when the pressed button opens a form (<see cref="SlackFormModal"/>): the form to show in a modal.</summary>
    public SlackForm? Form { get; init; }

    public override string? UserId => User;
}
