using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Json;

namespace SalesBot.Slack.Tests.BlockKit;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void Render_DoubleStarBold_BecomesSlackSingleStar()
    {
        var json = Render(new OutboundMessage { Text = "Score: **82/100**, a **pass**." });
        Assert.Equal("Score: *82/100*, a *pass*.", json["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("**", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UserTextWithSlackControlCharacters_IsEscapedEverywhere()
    {
        var message = new OutboundMessage
        {
            Title = "<!channel> & co",
            Text = "I said <!here> & <@U0BOSS> > you",
            Sections = [new MessageSection { Title = "<b>", Facts = [new MessageFact("A&B", "<https://evil.example|click>")] }],
            Actions = [new MessageAction("x", "<!everyone>")],
        };
        var rendered = BlockKitRenderer.Render(message);
        var json = JsonSerializer.Serialize(rendered, SlackJsonContext.Default.SlackMessage);
        var mrkdwn = JsonNode.Parse(json)!["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() is "section")
            .SelectMany(b => new[] { b!["text"]?["text"]?.GetValue<string>() }.Concat(b!["fields"]?.AsArray().Select(f => f!["text"]!.GetValue<string>()) ?? []))
            .OfType<string>()
            .ToList();

        Assert.Contains("I said &lt;!here&gt; &amp; &lt;@U0BOSS&gt; &gt; you", mrkdwn);
        Assert.Contains("*A&amp;B*\n&lt;https://evil.example|click&gt;", mrkdwn);
        Assert.All(mrkdwn, text => Assert.DoesNotMatch("<[!@#]", text));
        Assert.DoesNotContain("<!", rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"},{\"type\":\"divider\"}]}")]
    [InlineData("line\nbreak\ttab\\backslash\u0000nul")]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("emoji 🎯 and surrogate \uD83D")]
    public void Render_HostileUserText_StaysOneValidJsonString(string text)
    {
        var message = new OutboundMessage { Kind = MessageKind.Buyer, Speaker = text, Text = text, Actions = [MessageAction.With("answer", text.Length > 70 ? text[..70] : text, "quote", text)] };
        var json = JsonSerializer.Serialize(BlockKitRenderer.Render(message), SlackJsonContext.Default.SlackMessage);

        var parsed = JsonNode.Parse(json)!;
        var types = parsed["blocks"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(["section", "actions"], types);
        var value = parsed["blocks"]![1]!["elements"]![0]!["value"]!.GetValue<string>();
        Assert.Equal(JsonSerializer.Deserialize(value, SlackJsonContext.Default.DictionaryStringString)!["quote"], ToValidUtf16(text));
    }

    [Fact]
    public void Render_FullMessage_UsesHeaderSectionsFieldsAndActions()
    {
        var message = new OutboundMessage
        {
            Kind = MessageKind.Feedback,
            Title = "Score: 82/100",
            Text = "A **pass**.",
            Sections = [new MessageSection { Title = "What worked", Text = "Nicely done.", Facts = [new("Acknowledge", "15/15"), new("Explore", "20/20")] }],
            Actions = [MessageAction.With("practice", "Next round", "category", "price"), new MessageAction("stop", "Stop")],
        };

        var json = Render(message);
        var blocks = json["blocks"]!.AsArray();
        Assert.Equal(["header", "section", "section", "section", "actions"], blocks.Select(b => b!["type"]!.GetValue<string>()));
        Assert.Equal("plain_text", blocks[0]!["text"]!["type"]!.GetValue<string>());
        Assert.Equal("*What worked*\nNicely done.", blocks[2]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("*Acknowledge*\n15/15", blocks[3]!["fields"]![0]!["text"]!.GetValue<string>());
        var buttons = blocks[4]!["elements"]!.AsArray();
        Assert.Equal(["sb.0.practice", "sb.1.stop"], buttons.Select(b => b!["action_id"]!.GetValue<string>()));
        Assert.Equal("{\"category\":\"price\"}", buttons[0]!["value"]!.GetValue<string>());
        Assert.Null(buttons[1]!["value"]);
        Assert.Equal("Score: 82/100\nA pass.\n\nWhat worked\nNicely done.\n- Acknowledge: 15/15\n- Explore: 20/20\n\nOptions: Next round | Stop", json["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_BuyerLine_SpeakerInBoldAndTheLineQuoted()
    {
        var json = Render(new OutboundMessage { Kind = MessageKind.Buyer, Speaker = "Dana Whitfield (CFO)", Text = "\u201CWhy pay more?\u201D" });
        Assert.Equal("*Dana Whitfield (CFO)*\n>\u201CWhy pay more?\u201D", json["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_ButtonDataRoundTrip_RestoresActionIdAndData()
    {
        var actions = Enumerable.Range(0, 30).Select(i => MessageAction.With(i % 2 == 0 ? "practice" : "nominate", $"Button {i}", "id", $"value-{i}-\"quoted\"")).ToList();
        var rendered = BlockKitRenderer.Render(new OutboundMessage { Text = "Pick", Actions = actions });
        var buttons = rendered.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements).Cast<ButtonElement>().ToList();

        Assert.Equal(30, buttons.Count);
        Assert.Equal(30, buttons.Select(b => b.ActionId).Distinct().Count());
        for (var i = 0; i < 30; i++)
        {
            var decoded = SlackActionCodec.Decode(buttons[i].ActionId!, buttons[i].Value);
            Assert.Equal(actions[i].Id, decoded.Id);
            Assert.Equal(actions[i].Data, decoded.Data);
        }
    }

    [Fact]
    public void Decode_ForeignActionId_PassesThroughWithValue()
    {
        var decoded = SlackActionCodec.Decode("approve_request", "42");
        Assert.Equal("approve_request", decoded.Id);
        Assert.Equal("42", decoded.Get("value"));
        Assert.Empty(SlackActionCodec.Decode("sb.3.help", null).Data);
        Assert.Equal("help", SlackActionCodec.Decode("sb.3.help", null).Id);
    }

    [Fact]
    public void Render_OverLimits_StaysWithinBlockKitLimits()
    {
        var longText = string.Join("\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i}: " + new string('w', 40)));
        var message = new OutboundMessage
        {
            Title = new string('T', 400),
            Text = longText,
            Sections = Enumerable.Range(0, 30).Select(i => new MessageSection
            {
                Title = $"Section {i}",
                Facts = Enumerable.Range(0, 23).Select(f => new MessageFact($"Fact {f}", new string('v', 2500))).ToList(),
            }).ToList(),
            Actions = Enumerable.Range(0, 27).Select(i => new MessageAction("a" + i, new string('B', 100))).ToList(),
        };

        var rendered = BlockKitRenderer.Render(message);

        Assert.Equal(50, rendered.Blocks.Count);
        Assert.True(((HeaderBlock)rendered.Blocks[0]).Text.Text.Length <= 150);
        Assert.All(rendered.Blocks.OfType<SectionBlock>(), s =>
        {
            Assert.True((s.Text?.Text.Length ?? 0) <= 3000);
            Assert.True((s.Fields?.Count ?? 0) <= 10);
            Assert.All(s.Fields ?? [], f => Assert.True(f.Text.Length <= 2000));
        });
        var actionRows = rendered.Blocks.OfType<ActionsBlock>().ToList();
        Assert.Equal([25, 2], actionRows.Select(a => a.Elements.Count));
        Assert.All(actionRows.SelectMany(a => a.Elements).Cast<ButtonElement>(), b => Assert.True(b.Text.Text.Length <= 75));
        Assert.IsType<ContextBlock>(rendered.Blocks[^3]);
        Assert.True(rendered.Text.Length <= 3000);
    }

    [Fact]
    public void Render_ButtonDataTooLargeForSlack_Throws()
    {
        var message = new OutboundMessage { Actions = [MessageAction.With("x", "X", "blob", new string('a', 2100))] };
        Assert.Throws<ArgumentException>(() => BlockKitRenderer.Render(message));
    }

    [Fact]
    public void Render_EmptyMessage_StillHasNotificationText()
    {
        var rendered = BlockKitRenderer.Render(new OutboundMessage());
        Assert.Empty(rendered.Blocks);
        Assert.False(string.IsNullOrWhiteSpace(rendered.Text));
    }

    [Fact]
    public void Split_LongWordWithoutSpaces_CutsIntoChunksWithinTheLimit()
    {
        var chunks = BlockKitRenderer.Split(new string('x', 7000), 3000).ToList();
        Assert.Equal([3000, 3000, 1000], chunks.Select(c => c.Length));
    }

    private static JsonNode Render(OutboundMessage message) =>
        JsonNode.Parse(JsonSerializer.Serialize(BlockKitRenderer.Render(message), SlackJsonContext.Default.SlackMessage))!;

    private static string ToValidUtf16(string text) => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(text))!;
}
