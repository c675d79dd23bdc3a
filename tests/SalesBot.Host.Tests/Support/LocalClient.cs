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

    public async Task<IReadOnlyList<JsonObject>> PressAsync(string userId, JsonObject action) => (await PressForUpdateAsync(userId, action)).Replies;

    /// <summary>Presses a button and returns the replies with the update of the pressed message (when the action names its source).</summary>
    public async Task<Pressed> PressForUpdateAsync(string userId, JsonObject action)
    {
        using var response = await http.PostAsJsonAsync("/api/local/messages", new JsonObject { ["userId"] = userId, ["action"] = action.DeepClone() });
        var json = await BodyAsync(response);
        return new Pressed(Replies(json), json["update"] as JsonObject);
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

    private static async Task<IReadOnlyList<JsonObject>> RepliesAsync(HttpResponseMessage response) => Replies(await BodyAsync(response));

    private static List<JsonObject> Replies(JsonObject json) => json["replies"]!.AsArray().Select(r => r!.AsObject()).ToList();

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {body}");
        }

        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The answer to a button press: the replies, and the update of the pressed message (if it named one).</summary>
    public sealed record Pressed(IReadOnlyList<JsonObject> Replies, JsonObject? Update);
}
