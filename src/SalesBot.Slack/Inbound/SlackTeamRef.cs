namespace SalesBot.Slack.Inbound;

/// <summary>
/// The workspace a request belongs to. Installations are looked up by <see cref="TeamId"/>, or by
/// <see cref="EnterpriseId"/> for org-wide (Enterprise Grid) installs.
/// </summary>
public sealed record SlackTeamRef(string TeamId, string? EnterpriseId = null, bool IsEnterpriseInstall = false, string? ApiAppId = null);
