namespace SalesBot.Slack.Api;

/// <summary>A Web API call that answered <c>ok:false</c> (or failed at the HTTP level), with Slack's error code.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
        : this("unknown", "unknown_error")
    {
    }

    public SlackApiException(string message)
        : this("unknown", message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = "unknown_error";
        Kind = SlackErrorKind.Transport;
    }

    public SlackApiException(string method, string error, string? needed = null, IReadOnlyList<string>? messages = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base($"Slack {method} failed: {error}" + (needed is null ? "" : $" (needs {needed})") + (messages is { Count: > 0 } ? " — " + string.Join("; ", messages) : ""), innerException)
    {
        Method = method;
        Error = error;
        Needed = needed;
        Messages = messages ?? [];
        RetryAfter = retryAfter;
        Kind = Classify(error);
    }

    public string Method { get; }

    /// <summary>Slack's error code, e.g. <c>channel_not_found</c>, or <c>http_503</c> for a transport failure.</summary>
    public string Error { get; }

    public SlackErrorKind Kind { get; }

    public string? Needed { get; }

    public IReadOnlyList<string> Messages { get; } = [];

    public TimeSpan? RetryAfter { get; }

    /// <summary>The recipient is gone or the installation is: mark the conversation reference inactive.</summary>
    public bool RecipientUnreachable => Kind is SlackErrorKind.RecipientGone or SlackErrorKind.Auth;

    public static SlackErrorKind Classify(string error) => error switch
    {
        "invalid_auth" or "not_authed" or "not_installed" or "token_revoked" or "token_expired" or "account_inactive" or "no_permission"
            or "org_login_required" or "ekm_access_denied" or "not_allowed_token_type" or "team_access_not_granted" => SlackErrorKind.Auth,
        "channel_not_found" or "not_in_channel" or "is_archived" or "user_not_found" or "users_not_found" or "user_disabled"
            or "cannot_dm_bot" or "user_not_visible" or "messages_tab_disabled" or "restricted_action" => SlackErrorKind.RecipientGone,
        "ratelimited" or "rate_limited" => SlackErrorKind.RateLimited,
        "missing_scope" => SlackErrorKind.MissingScope,
        _ when error.StartsWith("http_", StringComparison.Ordinal) => SlackErrorKind.Transport,
        _ => SlackErrorKind.Other,
    };
}
