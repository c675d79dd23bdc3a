using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SalesBot.Teams.Configuration;

/// <summary>Binds section <c>Teams</c>, then fills blanks from the Azure Bot names (<c>MicrosoftAppId</c>, …).</summary>
internal sealed class TeamsOptionsSetup(IConfiguration configuration) : IConfigureOptions<TeamsOptions>
{
    public void Configure(TeamsOptions options)
    {
        var section = configuration.GetSection(TeamsOptions.SectionName);
        section.Bind(options);
        options.AppId = Alias(options.AppId, section, "MicrosoftAppId");
        options.AppPassword = Alias(options.AppPassword, section, "MicrosoftAppPassword");
        options.TenantId = Alias(options.TenantId, section, "MicrosoftAppTenantId");
    }

    private string? Alias(string? value, IConfigurationSection section, string alias)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        var aliased = section[alias];
        if (string.IsNullOrWhiteSpace(aliased))
        {
            aliased = configuration[alias];
        }

        return string.IsNullOrWhiteSpace(aliased) ? null : aliased.Trim();
    }
}
