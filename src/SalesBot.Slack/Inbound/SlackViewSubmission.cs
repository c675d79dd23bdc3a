namespace SalesBot.Slack.Inbound;

/// <summary>A modal was submitted (<c>view_submission</c>). The sink answers synchronously with a <see cref="SlackViewSubmissionResult"/>.</summary>
public sealed record SlackViewSubmission : SlackInbound
{
    public required string User { get; init; }

    public required string ViewId { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public string? Hash { get; init; }

    public required SlackViewValues Values { get; init; }

    public string? TriggerId { get; init; }

    public override string? UserId => User;
}
