namespace SalesBot.Slack.Verification;

/// <summary>Why a request's Slack signature was accepted or refused (the reason is logged, never returned to the caller).</summary>
public enum SlackSignatureResult
{
    Valid,
    NoSigningSecret,
    MissingHeaders,
    MalformedTimestamp,
    TimestampOutOfWindow,
    UnsupportedVersion,
    Mismatch,
}
