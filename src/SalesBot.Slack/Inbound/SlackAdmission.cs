namespace SalesBot.Slack.Inbound;

/// <summary>
/// What <see cref="ISlackTurnSink.AdmitAsync"/> did with an item before Slack is answered, and, for a slash command, the
/// ephemeral acknowledgement text (null: the default "Working on …"; empty: an empty 200, nothing shown).
/// </summary>
public sealed record SlackAdmission(SlackAdmissionKind Kind, string? CommandAck = null)
{
    public static SlackAdmission Accepted { get; } = new(SlackAdmissionKind.Accepted);

    public static SlackAdmission Deferred { get; } = new(SlackAdmissionKind.Deferred);

    public static SlackAdmission Busy { get; } = new(SlackAdmissionKind.Busy);
}
