namespace SalesBot.Teams.Auth;

/// <summary>The verdict on an inbound request's token, with a reason for logs (never echoed to the caller).</summary>
public sealed record TokenValidationOutcome(TokenVerdict Verdict, string? Reason, ValidatedChannelToken? Token)
{
    public bool IsAccepted => Verdict == TokenVerdict.Accepted;

    public static TokenValidationOutcome Accept(ValidatedChannelToken token) => new(TokenVerdict.Accepted, null, token);

    public static TokenValidationOutcome Reject(string reason) => new(TokenVerdict.Rejected, reason, null);

    public static TokenValidationOutcome Unavailable(string reason) => new(TokenVerdict.KeysUnavailable, reason, null);
}
