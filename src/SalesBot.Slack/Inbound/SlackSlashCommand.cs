namespace SalesBot.Slack.Inbound;

/// <summary>
/// <c>/salesbot &lt;subcommand&gt;</c>. Slack has already been answered with an ephemeral acknowledgement; the real answer
/// goes to <see cref="ResponseUrl"/> (up to 5 times within 30 minutes) or the DM.
/// </summary>
public sealed record SlackSlashCommand : SlackInbound
{
    public required string Command { get; init; }

    /// <summary>Everything after the command, trimmed (e.g. <c>practice price</c>); empty for a bare <c>/salesbot</c>.</summary>
    public required string Text { get; init; }

    public required string User { get; init; }

    public string? UserName { get; init; }

    public required string ChannelId { get; init; }

    public string? ChannelName { get; init; }

    public Uri? ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    /// <summary>The first word of <see cref="Text"/>, lower-cased (<c>progress</c>), or null.</summary>
    public string? Subcommand => Text.Length == 0 ? null : Text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();

    public override string? UserId => User;
}
