using System.Net;
using System.Text.Json.Nodes;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.Http;

public sealed class CommandsEndpointTests : IAsyncLifetime
{
    private const string Progress = "token=XXYYZZ&team_id=T0001&team_domain=salesbot-test&channel_id=D0ALICE&channel_name=directmessage&user_id=U0ALICE&user_name=alice&command=%2Fsalesbot&text=progress+%3Cnow%3E&api_app_id=A0001&is_enterprise_install=false&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0001%2F1%2Fabc&trigger_id=1700000000.1.abc";

    private SlackTestApp _app = null!;

    public async Task InitializeAsync() => _app = await SlackTestApp.StartAsync(SlackTestApp.HttpSettings());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SlashCommand_AnsweredAtOnceWithAnEphemeralAcknowledgement()
    {
        using var response = await _app.SendAsync(SlackRequests.Command(Progress, _app.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("/salesbot progress &lt;now&gt;", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_HandedToSinkWithSubcommandAndResponseUrl()
    {
        using var response = await _app.SendAsync(SlackRequests.Command(Progress, _app.Time.GetUtcNow()));
        var command = await _app.Sink.NextAsync<SlackSlashCommand>();

        Assert.Equal("/salesbot", command.Command);
        Assert.Equal("progress <now>", command.Text);
        Assert.Equal("progress", command.Subcommand);
        Assert.Equal(("U0ALICE", "alice", "D0ALICE"), (command.User, command.UserName, command.ChannelId));
        Assert.Equal(new Uri("https://hooks.slack.com/commands/T0001/1/abc"), command.ResponseUrl);
        Assert.Equal("1700000000.1.abc", command.Delivery.DeliveryId);
        Assert.Equal(new SlackTeamRef("T0001", null, false, "A0001"), command.Team);
    }

    [Fact]
    public async Task SlashCommand_BareWithoutText_HasNoSubcommand()
    {
        using var response = await _app.SendAsync(SlackRequests.Command("team_id=T0001&user_id=U0ALICE&channel_id=D0ALICE&command=%2Fsalesbot&text=", _app.Time.GetUtcNow()));
        var command = await _app.Sink.NextAsync<SlackSlashCommand>();
        Assert.Null(command.Subcommand);
        Assert.Equal("", command.Text);
    }

    [Fact]
    public async Task SslCheck_Signed_IsAnEmpty200AndNotACommand()
    {
        using var response = await _app.SendAsync(SlackRequests.Command("token=XXYYZZ&ssl_check=1", _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.True(_app.Sink.IsEmpty);
    }

    [Theory]
    [InlineData("team_id=T0001&user_id=U0ALICE&channel_id=D0ALICE")]
    [InlineData("command=%2Fsalesbot&user_id=U0ALICE&channel_id=D0ALICE")]
    [InlineData("command=%2Fsalesbot&team_id=T0001&channel_id=D0ALICE")]
    public async Task SlashCommand_MissingRequiredField_Is400(string form)
    {
        using var response = await _app.SendAsync(SlackRequests.Command(form, _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("missing", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_JsonInsteadOfForm_Is400()
    {
        using var response = await _app.SendAsync(SlackRequests.SignedPost("/slack/commands", "{\"command\":\"/salesbot\"}", "application/json", _app.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
