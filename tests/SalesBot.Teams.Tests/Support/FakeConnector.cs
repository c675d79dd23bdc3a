using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Teams.Tests.Support;

/// <summary>
/// The Node fake Bot Connector (tests/harness/teams/fake-connector.js) plus the botbuilder reference bot (the oracle),
/// started once per test class that uses it. Test hooks: mint tokens, read recorded calls, inject faults, rotate keys.
/// </summary>
public sealed class FakeConnector : IAsyncLifetime
{
    public const string AppId = "6b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public const string AppPassword = "test-secret-Zq9!never-logged";
    public const string TenantId = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private NodeProcess? _fake;
    private NodeProcess? _oracle;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The fake's Connector base, shaped like https://smba.trafficmanager.net/teams/.</summary>
    public string ServiceUrl => $"{BaseUrl}/teams/";

    public string OracleUrl { get; private set; } = "";

    public string OpenIdMetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";

    public string EntraOpenIdMetadataUrl => $"{BaseUrl}/entra/v2.0/.well-known/openid-configuration";

    public string TokenEndpoint(string tenant = "botframework.com") => $"{BaseUrl}/{tenant}/oauth2/v2.0/token";

    public HttpClient Http => _http;

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string> { ["SALESBOT_FAKE_APP_ID"] = AppId, ["SALESBOT_FAKE_APP_PASSWORD"] = AppPassword };
        _fake = await NodeProcess.StartServerAsync("fake-connector.js", environment);
        BaseUrl = _fake.Announcement.GetProperty("baseUrl").GetString()!;
        _oracle = await NodeProcess.StartServerAsync("oracle-bot.js", environment, BaseUrl);
        OracleUrl = _oracle.Announcement.GetProperty("url").GetString()!;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_oracle is not null)
        {
            await _oracle.DisposeAsync();
        }

        if (_fake is not null)
        {
            await _fake.DisposeAsync();
        }
    }

    /// <summary>Mints a channel token; <paramref name="spec"/> follows fake-connector.js /_test/mint.</summary>
    public async Task<string> MintAsync(object? spec = null)
    {
        using var response = await _http.PostAsJsonAsync($"{BaseUrl}/_test/mint", spec ?? new { }, Json);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("token").GetString()!;
    }

    public async Task<JsonArray> CallsAsync() =>
        (JsonArray)JsonNode.Parse(await _http.GetStringAsync($"{BaseUrl}/_test/calls"))!;

    public async Task<JsonArray> TokenRequestsAsync() =>
        (JsonArray)JsonNode.Parse(await _http.GetStringAsync($"{BaseUrl}/_test/token-requests"))!;

    public async Task<JsonObject> CountersAsync() =>
        (JsonObject)JsonNode.Parse(await _http.GetStringAsync($"{BaseUrl}/_test/counters"))!;

    public async Task<JsonArray> EgressAsync(string baseUrl) =>
        (JsonArray)JsonNode.Parse(await _http.GetStringAsync($"{baseUrl}/_test/egress"))!;

    public async Task ResetAsync()
    {
        (await _http.DeleteAsync($"{BaseUrl}/_test/calls")).EnsureSuccessStatusCode();
        (await _http.DeleteAsync($"{BaseUrl}/_test/faults")).EnsureSuccessStatusCode();
    }

    /// <summary>Queues a fault for the next matching call(s): operation = sendToConversation | replyToActivity | updateActivity | createConversation | token | *.</summary>
    public async Task FaultAsync(string operation, int status, int? retryAfter = null, object? body = null, int count = 1)
    {
        using var response = await _http.PostAsJsonAsync($"{BaseUrl}/_test/faults", new { operation, status, retryAfter, body, count }, Json);
        response.EnsureSuccessStatusCode();
    }

    public async Task<string> RotateKeyAsync()
    {
        using var response = await _http.PostAsync($"{BaseUrl}/_test/keys/rotate", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kid").GetString()!;
    }

    public async Task SetTokenLifetimeAsync(int seconds)
    {
        using var response = await _http.PostAsJsonAsync($"{BaseUrl}/_test/token-lifetime", new { expiresIn = seconds }, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>POSTs an activity to a bot with an optional raw Authorization header value; returns the status.</summary>
    public async Task<int> PostActivityAsync(string url, string? authorization, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _http.SendAsync(request);
        return (int)response.StatusCode;
    }
}
