using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SalesBot.Teams.Auth;

/// <summary>
/// The signing keys behind one OpenID metadata URL, cached. Keys are refreshed when older than
/// <see cref="RefreshInterval"/> (the Bot Framework asks for at least daily); a token signed with an unknown <c>kid</c>
/// triggers one refresh, at most once per <see cref="UnknownKeyRefreshInterval"/>, so forged kids can't make SalesBot
/// hammer the metadata endpoint. A failed refresh keeps the keys already held.
/// </summary>
public sealed partial class OpenIdKeySource : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>After a failed load, wait this long before trying again (a down metadata endpoint is not hammered).</summary>
    public static readonly TimeSpan FailedRefreshBackoff = TimeSpan.FromSeconds(10);

    private readonly Uri _metadataUrl;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _snapshot;
    private DateTimeOffset _lastFailure = DateTimeOffset.MinValue;
    private DateTimeOffset _lastUnknownKeyRefresh = DateTimeOffset.MinValue;

    public OpenIdKeySource(Uri metadataUrl, HttpClient http, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        _metadataUrl = metadataUrl;
        _http = http;
        _time = time;
        _logger = logger;
    }

    /// <summary>How many times the metadata and keys were fetched (for tests and diagnostics).</summary>
    public int Refreshes { get; private set; }

    /// <summary>The issuer the metadata declares, once loaded.</summary>
    public string? Issuer => _snapshot?.Issuer;

    /// <summary>Finds the key for a token's <c>kid</c> (or <c>x5t</c>); null when unknown even after a permitted refresh.</summary>
    public async Task<KeyLookup> FindAsync(string? keyId, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        var now = _time.GetUtcNow();
        if (snapshot is null || now - snapshot.LoadedAt >= RefreshInterval)
        {
            snapshot = await RefreshAsync(snapshot, force: true, cancellationToken);
        }

        if (snapshot is null)
        {
            return new KeyLookup(null, Available: false);
        }

        if (keyId is not null && snapshot.Keys.TryGetValue(keyId, out var key))
        {
            return new KeyLookup(key, Available: true);
        }

        if (keyId is not null)
        {
            // Unknown kid: the channel may have rotated its keys. One refresh, rate-limited.
            snapshot = await RefreshAsync(snapshot, force: false, cancellationToken) ?? snapshot;
            if (snapshot.Keys.TryGetValue(keyId, out key))
            {
                return new KeyLookup(key, Available: true);
            }
        }

        return new KeyLookup(null, Available: true);
    }

    private async Task<Snapshot?> RefreshAsync(Snapshot? seen, bool force, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(_snapshot, seen))
            {
                return _snapshot; // another caller refreshed while this one waited
            }

            var now = _time.GetUtcNow();
            if (now - _lastFailure < FailedRefreshBackoff || (!force && now - _lastUnknownKeyRefresh < UnknownKeyRefreshInterval))
            {
                return seen;
            }

            if (!force)
            {
                _lastUnknownKeyRefresh = now;
            }

            try
            {
                var retriever = new HttpDocumentRetriever(_http) { RequireHttps = !_metadataUrl.IsLoopback };
                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl.AbsoluteUri, retriever, cancellationToken);
                var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
                foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
                {
                    var signingKey = new SigningKey(key, StringList(key, "endorsements"), StringValue(key, "issuer"));
                    if (!string.IsNullOrEmpty(key.Kid))
                    {
                        keys[key.Kid] = signingKey;
                    }

                    if (!string.IsNullOrEmpty(key.X5t))
                    {
                        keys.TryAdd(key.X5t, signingKey);
                    }
                }

                Refreshes++;
                var fresh = new Snapshot(keys, configuration.Issuer, now);
                _snapshot = fresh;
                LogRefreshed(_logger, _metadataUrl, keys.Count);
                return fresh;
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException or ArgumentException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                _lastFailure = now;
                LogRefreshFailed(_logger, _metadataUrl, ex);
                return seen;
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private static List<string>? StringList(JsonWebKey key, string name)
    {
        if (!key.AdditionalData.TryGetValue(name, out var value))
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            IEnumerable<object> items => items.Select(i => i?.ToString()).OfType<string>().ToList(),
            _ => [],
        };
    }

    private static string? StringValue(JsonWebKey key, string name) =>
        key.AdditionalData.TryGetValue(name, out var value)
            ? value switch
            {
                JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
                string text => text,
                _ => null,
            }
            : null;

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Loaded {Count} signing keys from {MetadataUrl}")]
    private static partial void LogRefreshed(ILogger logger, Uri metadataUrl, int count);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Could not load signing keys from {MetadataUrl}; keeping the keys already held")]
    private static partial void LogRefreshFailed(ILogger logger, Uri metadataUrl, Exception exception);

    /// <summary>The result of a key lookup: <see cref="Available"/> is false when no keys could be loaded at all.</summary>
    public sealed record KeyLookup(SigningKey? Key, bool Available);

    private sealed record Snapshot(IReadOnlyDictionary<string, SigningKey> Keys, string? Issuer, DateTimeOffset LoadedAt);
}
