using System.Text.Json.Nodes;
using SalesBot.Teams.Tests.Support;

namespace SalesBot.Host.Tests.Support.Teams;

/// <summary>Inbound activities shaped like the recorded Teams traffic (personal chat unless told otherwise).</summary>
public static class TeamsActivities
{
    public static string Bot => $"28:{FakeConnector.AppId}";

    public static JsonObject Base(TeamsUser user, string type, string serviceUrl, string? conversationId = null, string conversationType = "personal") => new()
    {
        ["type"] = type,
        ["id"] = $"1:{Guid.NewGuid():N}",
        ["timestamp"] = "2026-12-01T09:30:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = user.UserId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = Bot, ["name"] = "SalesBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId ?? user.ConversationId,
            ["conversationType"] = conversationType,
            ["tenantId"] = FakeConnector.TenantId,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = FakeConnector.TenantId } },
        ["locale"] = "en-US",
        ["entities"] = new JsonArray
        {
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "America/New_York" },
        },
    };

    public static JsonObject Message(TeamsUser user, string text, string serviceUrl)
    {
        var activity = Base(user, "message", serviceUrl);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary><c>installationUpdate</c> with <c>add</c> or <c>remove</c> in the user's personal scope.</summary>
    public static JsonObject Installation(TeamsUser user, string action, string serviceUrl)
    {
        var activity = Base(user, "installationUpdate", serviceUrl);
        activity["action"] = action;
        activity["channelData"]!["source"] = new JsonObject { ["name"] = "message" };
        return activity;
    }

    /// <summary><c>conversationUpdate</c> with the bot and the user in <c>membersAdded</c> (a personal install).</summary>
    public static JsonObject MembersAdded(TeamsUser user, string serviceUrl)
    {
        var activity = Base(user, "conversationUpdate", serviceUrl);
        activity["membersAdded"] = new JsonArray
        {
            new JsonObject { ["id"] = Bot },
            new JsonObject { ["id"] = user.UserId, ["aadObjectId"] = user.AadObjectId },
        };
        return activity;
    }

    /// <summary>What Teams posts when the user presses an Action.Submit button of a card: its data as <c>value</c>, the card's id as <c>replyToId</c>.</summary>
    public static JsonObject Press(TeamsUser user, JsonNode buttonData, string cardActivityId, string serviceUrl)
    {
        var activity = Base(user, "message", serviceUrl);
        activity["replyToId"] = cardActivityId;
        activity["value"] = buttonData.DeepClone();
        activity["channelData"]!["source"] = new JsonObject { ["name"] = "message" };
        return activity;
    }

    /// <summary>An Action.Execute press (Universal Actions): an <c>adaptiveCard/action</c> invoke.</summary>
    public static JsonObject Execute(TeamsUser user, JsonNode buttonData, string cardActivityId, string serviceUrl)
    {
        var activity = Base(user, "invoke", serviceUrl);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardActivityId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "salesbot", ["data"] = buttonData.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }
}
