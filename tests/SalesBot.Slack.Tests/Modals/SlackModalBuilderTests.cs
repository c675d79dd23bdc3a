using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Json;
using SalesBot.Slack.Modals;

namespace SalesBot.Slack.Tests.Modals;

public sealed class SlackModalBuilderTests
{
    [Fact]
    public void Build_InputsAndSelect_ProducesAModalWithSubmitAndStableIds()
    {
        var view = new SlackModalBuilder("team-nudge-setup", "Weekly team nudge for the sales team")
            .WithPrivateMetadata("team=emea")
            .AddText("Pick **when** the nudge goes out.")
            .AddSelect("weekday", "Day", [("monday", "Monday"), ("friday", "Friday")], initialValue: "friday")
            .AddTextInput("time", "Time (HH:mm)", initialValue: "09:30", placeholder: "09:30", maxLength: 5)
            .AddTextInput("note", "Note to the team", multiline: true, optional: true)
            .NotifyOnClose()
            .Build();

        var json = JsonNode.Parse(JsonSerializer.Serialize(view, SlackJsonContext.Default.SlackView))!;
        Assert.Equal("modal", json["type"]!.GetValue<string>());
        Assert.Equal("team-nudge-setup", json["callback_id"]!.GetValue<string>());
        Assert.True(json["title"]!["text"]!.GetValue<string>().Length <= BlockKitLimits.ViewTitle);
        Assert.Equal("Save", json["submit"]!["text"]!.GetValue<string>());
        Assert.True(json["notify_on_close"]!.GetValue<bool>());
        var blocks = json["blocks"]!.AsArray();
        Assert.Equal(["section", "input", "input", "input"], blocks.Select(b => b!["type"]!.GetValue<string>()));
        Assert.Equal("Pick *when* the nudge goes out.", blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("weekday", blocks[1]!["block_id"]!.GetValue<string>());
        Assert.Equal("static_select", blocks[1]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal("friday", blocks[1]!["element"]!["initial_option"]!["value"]!.GetValue<string>());
        Assert.Equal(SlackModalBuilder.InputActionId, blocks[2]!["element"]!["action_id"]!.GetValue<string>());
        Assert.True(blocks[3]!["optional"]!.GetValue<bool>());
    }

    [Fact]
    public void AddTextInput_SameBlockIdTwice_Throws()
    {
        var builder = new SlackModalBuilder("x", "X").AddTextInput("time", "Time");
        Assert.Throws<ArgumentException>(() => builder.AddTextInput("time", "Again"));
    }

    [Fact]
    public void WithPrivateMetadata_OverLimit_Throws() =>
        Assert.Throws<ArgumentException>(() => new SlackModalBuilder("x", "X").WithPrivateMetadata(new string('m', 3001)));
}
