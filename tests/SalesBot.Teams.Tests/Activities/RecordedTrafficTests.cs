using System.Text.Json;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Teams.Tests.Activities;

/// <summary>The real (anonymised) 2019 Teams traffic is a tolerance corpus: every activity parses and maps.</summary>
public sealed class RecordedTrafficTests
{
    [Fact]
    public void Corpus_HasEveryRecording()
    {
        Assert.Equal(36, Fixtures.Files("in").Count());
        Assert.Equal(42, Fixtures.Files("out").Count());
        Assert.True(File.Exists(Path.Combine(RepoPaths.Fixtures, "README.md")));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Inbound), MemberType = typeof(Fixtures))]
    public void InboundRecording_ParsesAndMaps(string file)
    {
        var activity = JsonSerializer.Deserialize(Fixtures.Body(file), TeamsJsonContext.Default.Activity)!;

        Assert.False(string.IsNullOrEmpty(activity.Type));
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", activity.ServiceUrl);
        var inbound = ActivityMapper.Map(activity);
        var expected = file switch
        {
            _ when file.Contains("-in-message-text-", StringComparison.Ordinal) => TeamsInboundKind.Message,
            _ when file.Contains("-in-message-cardSubmit-", StringComparison.Ordinal) => TeamsInboundKind.Action,
            _ when file.Contains("-in-invoke-", StringComparison.Ordinal) => TeamsInboundKind.UnsupportedInvoke,
            _ => TeamsInboundKind.Ignored, // team/channel events and members other than the bot
        };
        Assert.Equal(expected, inbound.Kind);
        if (inbound.Kind is TeamsInboundKind.Message or TeamsInboundKind.Action)
        {
            var reference = inbound.Reference!;
            Assert.Equal(activity.ServiceUrl, reference.ServiceUrl);
            Assert.StartsWith("29:", reference.UserId, StringComparison.Ordinal);
            Assert.StartsWith("28:", reference.BotId, StringComparison.Ordinal);
            Assert.True(Guid.TryParse(reference.AadObjectId, out _));
            Assert.Equal("863a728f-fe03-41fd-93c4-078bc317b156", reference.TenantId);
            Assert.Equal(activity.Conversation!.Id, reference.ConversationId);
            Assert.Equal("en-US", reference.Locale);
        }

        if (inbound.Kind == TeamsInboundKind.Message)
        {
            Assert.DoesNotContain("<at>", inbound.Text, StringComparison.Ordinal);
            Assert.Equal(inbound.Text, inbound.Text!.Trim());
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures.Outbound), MemberType = typeof(Fixtures))]
    public void OutboundRecording_RequestBodyParses_AndItsUrlEncodingIsOurs(string file)
    {
        var recording = Fixtures.Load(file);
        var request = recording.GetProperty("request");
        var url = new Uri(request.GetProperty("url").GetString()!);
        var operation = recording.GetProperty("operation").GetString();
        var body = request.GetProperty("body");
        switch (operation)
        {
            case "replyToActivity":
                var reply = body.Deserialize(TeamsJsonContext.Default.Activity)!;
                Assert.Equal("message", reply.Type);
                var segments = url.AbsolutePath.Split('/');
                Assert.Equal(url.AbsolutePath, $"/amer/v3/conversations/{ConnectorClient.Escape(reply.Conversation!.Id!)}/activities/{ConnectorClient.Escape(reply.ReplyToId!)}");
                Assert.Equal(7, segments.Length);
                break;
            case "createConversation":
                var parameters = body.Deserialize(TeamsJsonContext.Default.ConversationParameters)!;
                Assert.True(parameters.IsGroup);
                Assert.StartsWith("19:", parameters.ChannelData!.Channel!.Id, StringComparison.Ordinal);
                Assert.Equal("/amer/v3/conversations", url.AbsolutePath);
                var created = recording.GetProperty("response").GetProperty("body").Deserialize(TeamsJsonContext.Default.ConversationResourceResponse)!;
                Assert.Contains(";messageid=", created.Id, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(JsonValueKind.Null, body.ValueKind); // GETs carry no body
                break;
        }
    }

    [Fact]
    public void ChannelMessage_StripsTheBotMention()
    {
        var inbound = ActivityMapper.Map(JsonSerializer.Deserialize(Fixtures.Body("29-in-message-text-channel.json"), TeamsJsonContext.Default.Activity)!);

        Assert.Equal("1", inbound.Text);
        Assert.StartsWith("19:fake-team-1@thread.skype;messageid=", inbound.Reference!.ConversationId, StringComparison.Ordinal);
        Assert.Equal("channel", inbound.Reference.ConversationType);
    }

    [Fact]
    public void PersonalMessage_MapsEveryReferenceField()
    {
        var inbound = ActivityMapper.Map(JsonSerializer.Deserialize(Fixtures.Body("75-in-message-text-personal.json"), TeamsJsonContext.Default.Activity)!);

        Assert.Equal(TeamsInboundKind.Message, inbound.Kind);
        Assert.Equal("file", inbound.Text);
        Assert.Equal("1571691217375", inbound.ActivityId);
        Assert.Equal(new TeamsConversationReference
        {
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
            ConversationId = "a:fake-personal-conversation-1",
            ConversationType = "personal",
            TenantId = "863a728f-fe03-41fd-93c4-078bc317b156",
            BotId = "28:87ed4b8d-380c-463c-a5f7-4d77c665ab7b",
            BotName = "SampleBotB",
            UserId = "29:fake-mri-user3-botB",
            AadObjectId = "d916ece4-6779-468c-b85d-a8588cd98c2d",
            UserName = "User Three",
            Locale = "en-US",
            TimeZone = null,
        }, inbound.Reference);
    }

    [Fact]
    public void ForeignCardSubmit_BecomesAnActionWithItsScalarFields()
    {
        var inbound = ActivityMapper.Map(JsonSerializer.Deserialize(Fixtures.Body("26-in-message-cardSubmit-channel.json"), TeamsJsonContext.Default.Activity)!);

        Assert.Equal(TeamsInboundKind.Action, inbound.Kind);
        Assert.Equal("", inbound.Action!.Id);
        Assert.Equal("messagingExtensionSubmit", inbound.Action.Get("submitLocation"));
        Assert.Equal("1:1SF2BGr82mLKxbK-JTljvwa1p7-bnypIHiaPd1w4hLaU", inbound.ReplyToId);
    }
}
