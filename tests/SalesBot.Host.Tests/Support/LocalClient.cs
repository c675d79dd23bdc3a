using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Host.Tests.Support;

/// <summary>A small client for POST /api/local/messages that returns the parsed replies.</summary>
public sealed class LocalClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<IReadOnlyList<JsonObject>> SendAsync(string userId, string text, string? userName = null)
    {
        using var response = await http.PostAsJsonAsync("/api/local/messages", new { userId, userName, text });
        return await RepliesAsync(response);
    }

    public async Task<IReadOnlyList<JsonObject>> PressAsync(string userId, JsonObject action)
    {
        using var response = await http.PostAsJsonAsync("/api/local/messages", new JsonObject { ["userId"] = userId, ["action"] = action.DeepClone() });
        return await RepliesAsync(response);
    }

    public async Task<(HttpStatusCode Status, JsonObject? Body)> PostRawAsync(string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, contentType);
        using var response = await http.PostAsync("/api/local/messages", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
    }

    public static string Texts(IEnumerable<JsonObject> replies) => string.Join("\n", replies.Select(r => (string)r["text"]!));

    public static JsonObject Action(IEnumerable<JsonObject> replies, string id) =>
        replies.SelectMany(r => r["actions"]!.AsArray()).OfType<JsonObject>().First(a => (string)a["id"]! == id);

    private static async Task<IReadOnlyList<JsonObject>> RepliesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {body}");
        }

        var json = JsonNode.Parse(body)!.AsObject();
        return json["replies"]!.AsArray().Select(r => r!.AsObject()).ToList();
    }
}
