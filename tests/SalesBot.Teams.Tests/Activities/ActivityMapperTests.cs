using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Tests.Activities;

public sealed class ActivityMapperTests
{
    private const string Bot = "28:6b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    internal static JsonObject Personal(string type = "message") => new()
    {
        ["type"] = type,
        ["id"] = "1700000000001",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/",
        ["from"] = new JsonObject { ["id"] = "29:user-ada", ["name"] = "Ada", ["aadObjectId"] = "0f0e0d0c-0b0a-4909-8807-060504030201" },
        ["recipient"] = new JsonObject { ["id"] = Bot, ["name"] = "SalesBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:1conv", ["conversationType"] = "personal", ["tenantId"] = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d" } },
    };

    internal static TeamsInbound Map(JsonObject activity) =>
        ActivityMapper.Map(JsonSerializer.Deserialize(activity.ToJsonString(), TeamsJsonContext.Default.Activity)!);

    [Fact]
    public void Map_MessageWithMentionAndClientInfo_StripsMentionAndReadsTimeZone()
    {
        var activity = Personal();
        activity["text"] = "<at>SalesBot</at> practice   price ";
        activity["entities"] = new JsonArray
        {
            new JsonObject { ["type"] = "mention", ["text"] = "<at>SalesBot</at>", ["mentioned"] = new JsonObject { ["id"] = Bot, ["name"] = "SalesBot" } },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "de-DE", ["timezone"] = "Europe/Berlin", ["platform"] = "Web" },
        };

        var inbound = Map(activity);

        Assert.Equal(TeamsInboundKind.Message, inbound.Kind);
        Assert.Equal("practice price", inbound.Text);
        Assert.Equal("Europe/Berlin", inbound.Reference!.TimeZone);
        Assert.Equal("de-DE", inbound.Reference.Locale);
        Assert.Equal("https://smba.trafficmanager.net/emea/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/", inbound.Reference.ServiceUrl);
    }

    [Fact]
    public void Map_MentionOfAPerson_IsKept()
    {
        var activity = Personal();
        activity["text"] = "roleplay with <at>Bob</at>";
        activity["entities"] = new JsonArray { new JsonObject { ["type"] = "mention", ["text"] = "<at>Bob</at>", ["mentioned"] = new JsonObject { ["id"] = "29:bob", ["name"] = "Bob" } } };

        Assert.Equal("roleplay with <at>Bob</at>", Map(activity).Text);
    }

    [Fact]
    public void Map_LocalTimezoneWins_AndAnUnknownZoneIsDropped()
    {
        var activity = Personal();
        activity["text"] = "hi";
        activity["localTimezone"] = "America/Los_Angeles";
        activity["entities"] = new JsonArray { new JsonObject { ["type"] = "clientInfo", ["timezone"] = "Europe/Berlin" } };
        Assert.Equal("America/Los_Angeles", Map(activity).Reference!.TimeZone);

        activity["localTimezone"] = "Mars/Olympus_Mons";
        activity["entities"] = new JsonArray();
        Assert.Null(Map(activity).Reference!.TimeZone);
    }

    [Fact]
    public void Map_TenantFallsBackToChannelData()
    {
        var activity = Personal();
        activity["text"] = "hi";
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "11111111-2222-4333-8444-555555555555" } };

        Assert.Equal("11111111-2222-4333-8444-555555555555", Map(activity).Reference!.TenantId);
    }

    [Fact]
    public void Map_SalesBotSubmit_GivesActionIdDataAndTitle()
    {
        var activity = Personal();
        activity["replyToId"] = "1:card";
        activity["value"] = JsonNode.Parse("""{"salesbot":{"id":"practice","title":"Practice price","data":{"category":"price"}}}""");

        var inbound = Map(activity);

        Assert.Equal(TeamsInboundKind.Action, inbound.Kind);
        Assert.Equal("practice", inbound.Action!.Id);
        Assert.Equal("price", inbound.Action.Get("category"));
        Assert.Equal("Practice price", inbound.ActionTitle);
        Assert.Equal("1:card", inbound.ReplyToId);
        Assert.False(inbound.IsInvoke);
    }

    [Fact]
    public void Map_FormSubmit_AddsTheInputValuesToTheActionData_TheButtonsOwnDataWins()
    {
        var activity = Personal();
        activity["value"] = JsonNode.Parse("""
            {"salesbot":{"id":"rhythm-1on1-add","title":"Add 1:1","data":{"team":"team-1"}},
             "seller":"Alice","day":"tuesday","time":"10:00","cadence":"biweekly","team":"forged","msteams":{"x":1}}
            """);

        var inbound = Map(activity);

        Assert.Equal("rhythm-1on1-add", inbound.Action!.Id);
        Assert.Equal("Alice", inbound.Action.Get("seller"));
        Assert.Equal("tuesday", inbound.Action.Get("day"));
        Assert.Equal("10:00", inbound.Action.Get("time"));
        Assert.Equal("biweekly", inbound.Action.Get("cadence"));
        Assert.Equal("team-1", inbound.Action.Get("team"));
        Assert.Null(inbound.Action.Get("msteams"));
    }

    [Theory]
    [InlineData("""{"salesbot":{"id":"practice","data":{"category":{"nested":1}}}}""")]
    [InlineData("""{"salesbot":{"title":"no id"}}""")]
    [InlineData("""{"salesbot":"practice"}""")]
    [InlineData("""{"salesbot":{"choices":[{"id":"a","title":"A","data":{}}]},"salesbotChoice":"7"}""")]
    [InlineData("""{"salesbot":{"choices":[{"id":"a","title":"A","data":{}}]},"salesbotChoice":"-1"}""")]
    [InlineData("""{"salesbot":{"choices":[{"id":"a","title":"A","data":{}}]}}""")]
    [InlineData("\"just a string\"")]
    public void Map_MalformedSubmitValue_Throws(string value)
    {
        var activity = Personal();
        activity["value"] = JsonNode.Parse(value);

        Assert.Throws<ActivityMappingException>(() => Map(activity));
    }

    [Fact]
    public void Map_ChoiceSetSubmit_PicksTheSelectedChoice()
    {
        var activity = Personal();
        activity["value"] = JsonNode.Parse("""
            {"salesbot":{"choices":[{"id":"practice","title":"Practice price","data":{"category":"price"}},
                                    {"id":"practice","title":"Practice timing","data":{"category":"timing"}}]},
             "salesbotChoice":"1"}
            """);

        var inbound = Map(activity);

        Assert.Equal("practice", inbound.Action!.Id);
        Assert.Equal("timing", inbound.Action.Get("category"));
        Assert.Equal("Practice timing", inbound.ActionTitle);
    }

    [Fact]
    public void Map_AdaptiveCardActionInvoke_IsAnInvokeAction()
    {
        var activity = Personal("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"approve","data":{"entry":"e-1","salesbot":{"id":"approve","title":"Approve","data":{"entry":"e-1"}}}},"trigger":"manual"}""");

        var inbound = Map(activity);

        Assert.Equal(TeamsInboundKind.Action, inbound.Kind);
        Assert.True(inbound.IsInvoke);
        Assert.Equal("approve", inbound.Action!.Id);
        Assert.Equal("e-1", inbound.Action.Get("entry"));
        Assert.Equal("Approve", inbound.ActionTitle);
    }

    [Fact]
    public void Map_AdaptiveCardActionInvokeWithoutSalesBotData_UsesVerbAndScalars()
    {
        var activity = Personal("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"progress","data":{"week":3,"msteams":{"x":1}}}}""");

        var inbound = Map(activity);

        Assert.Equal("progress", inbound.Action!.Id);
        Assert.Equal("3", inbound.Action.Get("week"));
        Assert.Null(inbound.Action.Get("msteams"));
    }

    [Fact]
    public void Map_OtherInvoke_IsUnsupported()
    {
        var activity = Personal("invoke");
        activity["name"] = "task/fetch";

        Assert.Equal(TeamsInboundKind.UnsupportedInvoke, Map(activity).Kind);
    }

    [Theory]
    [InlineData("add", TeamsInboundKind.Installed, false)]
    [InlineData("add-upgrade", TeamsInboundKind.Installed, true)]
    [InlineData("remove", TeamsInboundKind.Uninstalled, false)]
    [InlineData("remove-upgrade", TeamsInboundKind.Uninstalled, true)]
    [InlineData("something-new", TeamsInboundKind.Ignored, false)]
    public void Map_InstallationUpdate_FollowsItsAction(string action, TeamsInboundKind kind, bool upgrade)
    {
        var activity = Personal("installationUpdate");
        activity["action"] = action;

        var inbound = Map(activity);

        Assert.Equal(kind, inbound.Kind);
        Assert.Equal(upgrade, inbound.IsUpgrade);
        Assert.Equal("29:user-ada", inbound.Reference!.UserId);
    }

    [Fact]
    public void Map_ConversationUpdate_BotAddedOrRemoved()
    {
        var added = Personal("conversationUpdate");
        added["membersAdded"] = new JsonArray { new JsonObject { ["id"] = Bot }, new JsonObject { ["id"] = "29:user-ada" } };
        Assert.Equal(TeamsInboundKind.Installed, Map(added).Kind);

        var removed = Personal("conversationUpdate");
        removed["membersRemoved"] = new JsonArray { new JsonObject { ["id"] = Bot } };
        Assert.Equal(TeamsInboundKind.Uninstalled, Map(removed).Kind);

        var someoneElse = Personal("conversationUpdate");
        someoneElse["membersAdded"] = new JsonArray { new JsonObject { ["id"] = "29:bob" } };
        Assert.Equal(TeamsInboundKind.Ignored, Map(someoneElse).Kind);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("somethingTeamsInventsNextYear")]
    public void Map_UnknownOrUninterestingType_IsIgnored(string type) => Assert.Equal(TeamsInboundKind.Ignored, Map(Personal(type)).Kind);

    [Fact]
    public void Map_MissingType_Throws()
    {
        var activity = Personal();
        activity.Remove("type");

        Assert.Throws<ActivityMappingException>(() => Map(activity));
    }

    [Theory]
    [InlineData("from")]
    [InlineData("serviceUrl")]
    [InlineData("conversation")]
    [InlineData("recipient")]
    public void Map_MessageWithoutIds_ThrowsNamingTheField(string field)
    {
        var activity = Personal();
        activity["text"] = "hi";
        activity.Remove(field);

        var error = Assert.Throws<ActivityMappingException>(() => Map(activity));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }
}
