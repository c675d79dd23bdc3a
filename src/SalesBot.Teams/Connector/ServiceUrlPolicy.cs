using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Configuration;

namespace SalesBot.Teams.Connector;

/// <summary>
/// Decides which serviceUrls may receive the bot's token: https on a host in <c>Teams:AllowedServiceUrlHosts</c>
/// (exact, or <c>*.suffix</c>). Loopback (http or https) is allowed only in the Development and Testing environments.
/// Everything else is refused before a token is even fetched.
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly IReadOnlyList<string> _hosts;

    public ServiceUrlPolicy(IOptions<TeamsOptions> options, IHostEnvironment environment)
        : this(
            (options ?? throw new ArgumentNullException(nameof(options))).Value.EffectiveAllowedServiceUrlHosts,
            (environment ?? throw new ArgumentNullException(nameof(environment))).IsDevelopment() || environment.IsEnvironment("Testing"))
    {
    }

    public ServiceUrlPolicy(IReadOnlyList<string> hosts, bool allowLoopback)
    {
        _hosts = hosts.Select(h => h.Trim().ToLowerInvariant()).ToList();
        AllowLoopback = allowLoopback;
    }

    public bool AllowLoopback { get; }

    /// <summary>The serviceUrl as a base URI ending in '/', or null when it may not receive the token.</summary>
    public Uri? TryGetBase(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return null;
        }

        var allowed = uri.IsLoopback
            ? AllowLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            : uri.Scheme == Uri.UriSchemeHttps && IsAllowedHost(uri.IdnHost);
        if (!allowed)
        {
            return null;
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private bool IsAllowedHost(string host)
    {
        host = host.ToLowerInvariant();
        foreach (var allowed in _hosts)
        {
            if (allowed.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(allowed[1..], StringComparison.Ordinal) && host.Length > allowed.Length - 1
                : string.Equals(host, allowed, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
