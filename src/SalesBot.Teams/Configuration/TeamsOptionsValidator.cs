using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SalesBot.Teams.Configuration;

/// <summary>
/// Fails startup on a half-filled or unsafe <c>Teams</c> section, naming every setting to fix (never its value). It throws
/// <see cref="TeamsSettingsException"/> rather than returning a failure, so the start ends with that one line (no stack
/// trace), whichever service reads the options first.
/// </summary>
internal sealed class TeamsOptionsValidator(IHostEnvironment environment) : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasId = options.IsConfigured;
        var hasPassword = !string.IsNullOrWhiteSpace(options.AppPassword);
        if (hasId && !Guid.TryParse(options.AppId, out _))
        {
            failures.Add("Teams:AppId (or MicrosoftAppId) must be the bot's Microsoft App ID, a GUID.");
        }

        if (hasId && !hasPassword)
        {
            failures.Add("Teams:AppPassword (or MicrosoftAppPassword) is required when Teams:AppId is set.");
        }

        if (!hasId && hasPassword)
        {
            failures.Add("Teams:AppPassword is set but Teams:AppId (or MicrosoftAppId) is empty.");
        }

        if (!hasId && options.IsSingleTenant)
        {
            failures.Add("Teams:TenantId is set but Teams:AppId (or MicrosoftAppId) is empty.");
        }

        if (options.IsSingleTenant && !Guid.TryParse(options.TenantId, out _))
        {
            failures.Add("Teams:TenantId (or MicrosoftAppTenantId) must be the tenant's id, a GUID, or empty for a multi-tenant bot.");
        }

        if (options.DisableAuth && !environment.IsDevelopment())
        {
            failures.Add($"Teams:DisableAuth is honoured only in the Development environment (this is {environment.EnvironmentName}); remove it.");
        }

        CheckEndpoint(failures, "Teams:OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        CheckEndpoint(failures, "Teams:EntraOpenIdMetadataUrl", options.EntraOpenIdMetadataUrl);
        CheckEndpoint(failures, "Teams:TokenEndpoint", options.EffectiveTokenEndpoint);
        foreach (var host in options.EffectiveAllowedServiceUrlHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host.TrimStart('*', '.')) == UriHostNameType.Unknown)
            {
                failures.Add($"Teams:AllowedServiceUrlHosts has an entry that is not a host name: \"{host}\" (write smba.trafficmanager.net, not a URL).");
            }
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 4 * 1024 * 1024)
        {
            failures.Add("Teams:MaxRequestBodyBytes must be between 1024 and 4194304.");
        }

        if (options.MaxSendAttempts is < 1 or > 10 || options.MessagesPerConversationPerSecond < 1 || options.RequestsPerTenantPerSecond < 1)
        {
            failures.Add("Teams:MaxSendAttempts must be 1–10 and the per-second rates at least 1.");
        }

        return failures.Count == 0
            ? ValidateOptionsResult.Success
            : throw new TeamsSettingsException("Teams settings are not valid: " + string.Join(" ", failures));
    }

    private static void CheckEndpoint(List<string> failures, string setting, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{setting} must be an absolute https:// URL.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            failures.Add($"{setting} may use plain http:// only on loopback (127.0.0.1, ::1, localhost); use https://.");
        }
    }
}
