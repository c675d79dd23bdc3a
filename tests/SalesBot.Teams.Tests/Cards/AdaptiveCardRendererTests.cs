using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Teams.Activities;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Tests.Activities;

namespace SalesBot.Teams.Tests.Cards;

public sealed class AdaptiveCardRendererTests
{
    private static List<MessageAction> Buttons(int count) =>
        Enumerable.Range(1, count).Select(i => MessageAction.With("practice", $"Option {i}", "category", $"c{i}")).ToList();

    private static JsonObject Json(AdaptiveCard card) =>
        JsonNode.Parse(JsonSerializer.Serialize(card, TeamsJsonContext.Default.AdaptiveCard))!.AsObject();

    /// <summary>What Teams posts back when a user presses an Action.Submit: the data (plus inputs) as the message value.</summary>
    private static TeamsInbound Press(JsonNode data, string? choice = null)
    {
        var value = data.DeepClone().AsObject();
        if (choice is not null)
        {
            value[SubmitData.ChoiceInputId] = choice;
        }

        var activity = ActivityMapperTests.Personal();
        activity["replyToId"] = "1:card";
        activity["value"] = value;
        return ActivityMapperTests.Map(activity);
    }

    [Fact]
    public void Render_Card_HasTypeVersionSchemaAndFallback()
    {
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage { Title = "Hello", Text = "World" }));

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        Assert.Equal("Hello\nWorld", (string?)json["fallbackText"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
        Assert.Equal("AdaptiveCard", json.First().Value!.GetValue<string>()); // type first
    }

    [Fact]
    public void ButtonStyle_IsRenderedAsTheActionStyle()
    {
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage
        {
            Text = "Approve?",
            Actions =
            [
                MessageAction.With("approve", "Approve", "entry", "e1") with { Style = ButtonStyle.Positive },
                MessageAction.With("reject", "Reject", "entry", "e1") with { Style = ButtonStyle.Destructive },
                MessageAction.With("later", "Later", "entry", "e1"),
            ],
        }));

        var actions = json["actions"]!.AsArray();
        Assert.Equal("positive", (string?)actions[0]!["style"]);
        Assert.Equal("destructive", (string?)actions[1]!["style"]);
        Assert.Null(actions[2]!["style"]);
    }

    [Fact]
    public void Buttons_RoundTripTheirIdDataAndTitle()
    {
        var actions = new List<MessageAction>
        {
            new("help", "Help"),
            MessageAction.With("practice", "Practice price", "category", "price"),
            new("roleplay", "Role-play", new Dictionary<string, string> { ["scenario"] = "cfo-budget-freeze", ["persona"] = "cfo" }),
        };
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage { Text = "Pick", Actions = actions }));

        var rendered = json["actions"]!.AsArray();
        Assert.Equal(3, rendered.Count);
        for (var i = 0; i < actions.Count; i++)
        {
            Assert.Equal("Action.Submit", (string?)rendered[i]!["type"]);
            Assert.Equal(actions[i].Title, (string?)rendered[i]!["title"]);
            Assert.Null(rendered[i]!["style"]);
            var pressed = Press(rendered[i]!["data"]!);
            Assert.Equal(TeamsInboundKind.Action, pressed.Kind);
            Assert.Equal(actions[i].Id, pressed.Action!.Id);
            Assert.Equal(actions[i].Data, pressed.Action.Data);
            Assert.Equal(actions[i].Title, pressed.ActionTitle);
        }
    }

    [Fact]
    public void NineButtons_ShowFour_AndFoldTheRestUnderMore()
    {
        var actions = Buttons(9);
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage { Text = "Pick", Actions = actions }));

        var top = json["actions"]!.AsArray();
        Assert.Equal(AdaptiveCardRenderer.MaxTopLevelActions, top.Count);
        Assert.Equal("Action.ShowCard", (string?)top[4]!["type"]);
        Assert.Equal(AdaptiveCardRenderer.MoreTitle, (string?)top[4]!["title"]);
        var nested = top[4]!["card"]!["actions"]!.AsArray();
        Assert.Equal(5, nested.Count);
        Assert.Null(top[4]!["card"]!["version"]);
        var all = top.Take(4).Concat(nested).Select(a => Press(a!["data"]!)).ToList();
        Assert.Equal(actions.Select(a => a.Title), all.Select(p => p.ActionTitle));
        Assert.Equal(actions.Select(a => a.Data["category"]), all.Select(p => p.Action!.Get("category")));
    }

    [Fact]
    public void ManyButtons_UseAChoiceSet_ThatRoundTripsEveryOption()
    {
        var actions = Buttons(14);
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage { Text = "Pick", Actions = actions }));

        var more = json["actions"]![4]!["card"]!;
        var choiceSet = more["body"]![0]!;
        Assert.Equal("Input.ChoiceSet", (string?)choiceSet["type"]);
        Assert.Equal(SubmitData.ChoiceInputId, (string?)choiceSet["id"]);
        Assert.Equal("compact", (string?)choiceSet["style"]);
        Assert.Equal(10, choiceSet["choices"]!.AsArray().Count);
        var go = more["actions"]!.AsArray().Single()!;
        for (var i = 0; i < 10; i++)
        {
            var pressed = Press(go["data"]!, i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(actions[4 + i].Title, pressed.ActionTitle);
            Assert.Equal(actions[4 + i].Data, pressed.Action!.Data);
        }
    }

    [Fact]
    public void OversizedMessage_IsShortenedUnderTheTeamsLimit_WithANote()
    {
        var message = new OutboundMessage
        {
            Title = "Transcript",
            Sections = Enumerable.Range(0, 100)
                .Select(i => new MessageSection { Title = $"Turn {i}", Text = new string('a', 2000), Facts = [new MessageFact("Answer", new string('b', 1000))] })
                .ToList(),
            Actions = Buttons(3),
        };

        var card = AdaptiveCardRenderer.Render(message);

        Assert.True(AdaptiveCardRenderer.SizeOf(card) <= AdaptiveCardRenderer.MaxCardBytes);
        var json = Json(card).ToJsonString();
        Assert.Contains("Shortened", json, StringComparison.Ordinal);
        Assert.Equal(3, card.Actions!.Count); // buttons are never dropped
    }

    [Fact]
    public void SmallMessage_IsNotShortened()
    {
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage { Title = "t", Text = new string('z', 3000) })).ToJsonString();

        Assert.DoesNotContain("Shortened", json, StringComparison.Ordinal);
        Assert.Contains(new string('z', 3000), json, StringComparison.Ordinal);
    }

    [Fact]
    public void BuyerLine_IsAnEmphasisedContainerWithTheSpeaker()
    {
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage { Kind = MessageKind.Buyer, Speaker = "Dana Whitfield (CFO)", Text = "\u201CWhy so expensive?\u201D" }));

        var container = json["body"]![0]!;
        Assert.Equal("Container", (string?)container["type"]);
        Assert.Equal("emphasis", (string?)container["style"]);
        Assert.Equal("Dana Whitfield (CFO)", (string?)container["items"]![0]!["text"]);
        Assert.Equal("\u201CWhy so expensive?\u201D", (string?)container["items"]![1]!["text"]);
    }

    [Fact]
    public void Sections_BecomeSeparatedContainersWithFactSets()
    {
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage
        {
            Kind = MessageKind.Feedback,
            Title = "Score: 72/100 \u2014 pass",
            Sections = [new MessageSection { Title = "What worked", Facts = [new MessageFact("\u2713 Acknowledge (15/15)", "\u201Cyou said `40%`\u201D")] }],
        }));

        var section = json["body"]![1]!;
        Assert.Equal("Container", (string?)section["type"]);
        Assert.True((bool?)section["separator"]);
        Assert.Equal("What worked", (string?)section["items"]![0]!["text"]);
        var fact = section["items"]![1]!["facts"]![0]!;
        Assert.Equal("\u2713 Acknowledge (15/15)", (string?)fact["title"]);
        Assert.Equal("\u201Cyou said **40%**\u201D", (string?)fact["value"]);
    }

    [Fact]
    public void MultiLineText_BecomesOneTextBlockPerLine()
    {
        var json = Json(AdaptiveCardRenderer.Render(new OutboundMessage { Title = "T", Text = "one\ntwo\n\nthree" }));

        var body = json["body"]!.AsArray();
        Assert.Equal(["T", "one", "two", "three"], body.Select(b => (string?)b!["text"]));
        Assert.Equal([null, null, "small", "medium"], body.Select(b => (string?)b!["spacing"]));
    }

    [Theory]
    [InlineData("Type `practice price` to **start**.", "Type **practice price** to **start**.")]
    [InlineData("**Use `stop` now**", "**Use stop now**")]
    [InlineData("an odd ` tick", "an odd  tick")]
    [InlineData("no markup", "no markup")]
    public void Markdown_ForCard_TurnsCodeIntoBold(string input, string expected) => Assert.Equal(expected, TeamsMarkdown.ForCard(input));

    [Fact]
    public void PlainMessage_IsChatText_NotACard()
    {
        var activity = TeamsMessageRenderer.ToActivity(OutboundMessage.Plain("Type `practice` to start.\nOr `help`."));

        Assert.Equal("message", activity.Type);
        Assert.Null(activity.Attachments);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Equal("Type `practice` to start.\n\nOr `help`.", activity.Text);
    }

    [Fact]
    public void CardMessage_CarriesAPlainTextSummaryForNotifications()
    {
        var activity = TeamsMessageRenderer.ToActivity(new OutboundMessage { Title = "Your progress: proficient in **2** of 8", Text = "Details", Actions = Buttons(1) });

        Assert.Equal("Your progress: proficient in 2 of 8", activity.Summary);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Null(activity.Text);
    }

    [Fact]
    public void ChosenUpdate_SaysWhatWasChosen_AndHasNoButtons()
    {
        var activity = TeamsMessageRenderer.ChosenUpdate("Practice **price**");
        var card = JsonNode.Parse(activity.Attachments![0].Content!.Value.GetRawText())!;

        Assert.Equal("\u2713 You chose **Practice price**", (string?)card["body"]![0]!["text"]);
        Assert.Null(card["actions"]);
        Assert.Equal("\u2713 You chose Practice price", activity.Summary);
    }
}
