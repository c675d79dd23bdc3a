namespace SalesBot.Slack.Api;

/// <summary>What a Web API error means for the caller.</summary>
public enum SlackErrorKind
{
    /// <summary>Anything not classified below (bad arguments, Block Kit validation…).</summary>
    Other,

    /// <summary>The token is invalid, revoked or the workspace/app is gone: stop using this installation.</summary>
    Auth,

    /// <summary>The recipient can't be reached any more (deleted user, archived or unknown channel, not a member).</summary>
    RecipientGone,

    /// <summary>429 or <c>ratelimited</c> after the retries allowed.</summary>
    RateLimited,

    /// <summary>The token lacks a scope (<see cref="SlackApiException.Needed"/>).</summary>
    MissingScope,

    /// <summary>A non-200/429 HTTP status: a proxy or network problem, not a Slack answer.</summary>
    Transport,
}
