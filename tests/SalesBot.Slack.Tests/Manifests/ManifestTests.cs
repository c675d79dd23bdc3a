using System.Text.Json.Nodes;
using SalesBot.Slack.Configuration;

namespace SalesBot.Slack.Tests.Manifests;

/// <summary>The two app manifests agree with each other and with what SalesBot serves and asks for.</summary>
public sealed class ManifestTests
{
    private static JsonNode Read(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Manifests", name)))!;

    [Fact]
    public void HttpManifest_PointsAtSalesBotsEndpoints()
    {
        var http = Read("manifest.http.json");
        Assert.EndsWith("/slack/events", http["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/slack/interactions", http["settings"]!["interactivity"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/slack/commands", http["features"]!["slash_commands"]![0]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/slack/oauth/callback", http["oauth_config"]!["redirect_urls"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(http["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void SocketModeManifest_HasNoRequestUrls()
    {
        var socket = Read("manifest.socket-mode.json");
        Assert.True(socket["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.Null(socket["settings"]!["event_subscriptions"]!["request_url"]);
        Assert.Null(socket["settings"]!["interactivity"]!["request_url"]);
        Assert.Null(socket["features"]!["slash_commands"]![0]!["url"]);
    }

    [Theory]
    [InlineData("manifest.http.json")]
    [InlineData("manifest.socket-mode.json")]
    public void Manifest_DeclaresWhatSalesBotNeeds(string name)
    {
        var manifest = Read(name);
        var scopes = manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();
        Assert.Equal(SlackOptions.DefaultScopes.Split(',').ToHashSet(), scopes);
        var events = manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();
        Assert.Equal(new HashSet<string> { "message.im", "app_mention", "app_home_opened", "app_uninstalled", "tokens_revoked" }, events);
        var home = manifest["features"]!["app_home"]!;
        Assert.True(home["home_tab_enabled"]!.GetValue<bool>());
        Assert.True(home["messages_tab_enabled"]!.GetValue<bool>());
        Assert.False(home["messages_tab_read_only_enabled"]!.GetValue<bool>());
        Assert.Equal("/salesbot", manifest["features"]!["slash_commands"]![0]!["command"]!.GetValue<string>());
        Assert.True(manifest["settings"]!["interactivity"]!["is_enabled"]!.GetValue<bool>());

        var display = manifest["display_information"]!;
        Assert.InRange(display["name"]!.GetValue<string>().Length, 1, 35);
        Assert.InRange(display["description"]!.GetValue<string>().Length, 1, 140);
        Assert.InRange(display["long_description"]!.GetValue<string>().Length, 175, 4000);
        Assert.InRange(manifest["features"]!["bot_user"]!["display_name"]!.GetValue<string>().Length, 1, 80);
    }
}
