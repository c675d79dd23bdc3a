namespace SalesBot.Teams.Auth;

/// <summary>Accepted, rejected (401) or not decidable because no signing keys could be loaded (503).</summary>
public enum TokenVerdict
{
    Accepted,
    Rejected,
    KeysUnavailable,
}
