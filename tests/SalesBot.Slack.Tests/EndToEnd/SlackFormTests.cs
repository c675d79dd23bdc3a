using System.Text.Json.Nodes;
using SalesBot.Core.Rhythm;
using SalesBot.Slack.Modals;
using SalesBot.Slack.Tests.Support;

namespace SalesBot.Slack.Tests.EndToEnd;

/// <summary>
/// The manager's 1:1 form in Slack through the fake Slack (signed requests into the real host): the form's button opens a
/// modal (<c>views.open</c> with the press's trigger id) built from the message's inputs; a submission missing a required
/// field is answered with <c>response_action: errors</c> for that block and runs nothing; a valid one closes the modal
/// and runs the button's action with the values, answering in the manager's DM.
/// </summary>
public sealed class SlackFormTests : SlackHostTest
{
    private const string Manager = SlackHost.ManagerId;
    private const string Seller = "U0ADA";
    private static readonly string ManagerDm = SlackDriver.DmOf(Manager);
    private static readonly string SellerDm = SlackDriver.DmOf(Seller);

    [Fact]
    public async Task OneOnOneFormButton_Pressed_OpensModalWithTheFormsInputs()
    {
        var form = await SayAsync(Manager, "1:1", ManagerDm, p => p.Button(RhythmActions.OneOnOneAdd) is not null);
        var press = Driver.Press(Manager, form, RhythmActions.OneOnOneAdd);

        Assert.Equal(200, (await Driver.SendInteractionAsync(press)).Status);

        var open = Assert.Single(Fake.CallsTo("views.open"));
        Assert.Equal(press["trigger_id"]!.GetValue<string>(), open.Arg("trigger_id"));
        var view = open.Json!["view"]!;
        Assert.Equal("modal", view["type"]!.GetValue<string>());
        Assert.Equal(SlackFormModal.CallbackId, view["callback_id"]!.GetValue<string>());
        Assert.Equal("Add 1:1", view["title"]!["text"]!.GetValue<string>());
        var inputs = view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.GetValue<string>() == "input").ToList();
        Assert.Equal(["seller", "day", "time", "cadence", "lead"], inputs.Select(b => b["block_id"]!.GetValue<string>()));
        Assert.Equal(["plain_text_input", "static_select", "timepicker", "static_select", "static_select"], inputs.Select(b => b["element"]!["type"]!.GetValue<string>()));
        Assert.Equal([false, true, false, true, true], inputs.Select(b => b["optional"]?.GetValue<bool>() ?? false));
        Assert.Equal(7, inputs[1]["element"]!["options"]!.AsArray().Count);
        Assert.Equal("tuesday", inputs[1]["element"]!["initial_option"]!["value"]!.GetValue<string>());
        Assert.Equal("10:00", inputs[2]["element"]!["initial_time"]!.GetValue<string>());
        Assert.All(inputs, b => Assert.True(b["label"]!["text"]!.GetValue<string>().Length <= 2000));
        Assert.NotNull(SlackFormModal.DecodeMetadata(view["private_metadata"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OneOnOneModal_SubmittedWithoutSellerThenComplete_ErrorsNameTheBlockThenTheOneOnOneIsCreated()
    {
        await SayAsync(Seller, "hi", SellerDm, _ => true);
        var before = Fake.Posts(SellerDm).Count;
        await SayAsync(Manager, $"team add {Seller}", ManagerDm, p => p.Body.Contains("Invited", StringComparison.Ordinal));
        var invitation = (await Fake.WaitForPostsAsync(SellerDm, before, last: p => p.Button(RhythmActions.Accept) is not null))[^1];
        before = Fake.Posts(SellerDm).Count;
        Assert.Equal(200, (await Driver.SendInteractionAsync(Driver.Press(Seller, invitation, RhythmActions.Accept))).Status);
        await Fake.WaitForPostsAsync(SellerDm, before, last: p => p.Text.Contains("You're on", StringComparison.Ordinal));

        var form = await SayAsync(Manager, "1:1", ManagerDm, p => p.Button(RhythmActions.OneOnOneAdd) is not null);
        Assert.Equal(200, (await Driver.SendInteractionAsync(Driver.Press(Manager, form, RhythmActions.OneOnOneAdd))).Status);
        var view = Assert.Single(Fake.CallsTo("views.open")).Json!["view"]!;

        // Seller left empty: the modal stays open with an error on that block; nothing runs.
        var missing = await Driver.SendInteractionAsync(Submission(view, seller: null, day: "thursday", time: "14:00"));
        Assert.Equal(200, missing.Status);
        var answer = JsonNode.Parse(missing.Body)!;
        Assert.Equal("errors", answer["response_action"]!.GetValue<string>());
        Assert.Equal(["seller"], answer["errors"]!.AsObject().Select(e => e.Key));
        await SayAsync(Manager, "1:1", ManagerDm, p => p.Body.Contains("You have no 1:1s yet", StringComparison.Ordinal));

        // Complete: the modal closes and the 1:1 is created, answered in the manager's DM.
        before = Fake.Posts(ManagerDm).Count;
        var complete = await Driver.SendInteractionAsync(Submission(view, seller: Seller, day: "thursday", time: "14:00"));
        Assert.Equal(200, complete.Status);
        Assert.Equal("clear", JsonNode.Parse(complete.Body)!["response_action"]!.GetValue<string>());
        var created = (await Fake.WaitForPostsAsync(ManagerDm, before, last: p => p.Body.Contains("1:1 with", StringComparison.Ordinal)))[^1];
        Assert.Contains("14:00", created.Body, StringComparison.Ordinal);
        before = Fake.Posts(ManagerDm).Count;
        Assert.Equal(200, (await Driver.SendEventAsync(Driver.DirectMessage(Manager, "1:1"))).Status);
        var list = await Fake.WaitForPostsAsync(ManagerDm, before, count: 2, last: p => p.Button(RhythmActions.OneOnOneAdd) is not null);
        Assert.Contains("Your 1:1s", list[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOnOneModal_SubmittedWithBadTime_ErrorNamesTheTimeBlock()
    {
        var form = await SayAsync(Manager, "1:1", ManagerDm, p => p.Button(RhythmActions.OneOnOneAdd) is not null);
        Assert.Equal(200, (await Driver.SendInteractionAsync(Driver.Press(Manager, form, RhythmActions.OneOnOneAdd))).Status);
        var view = Assert.Single(Fake.CallsTo("views.open")).Json!["view"]!;

        var answer = await Driver.SendInteractionAsync(Submission(view, seller: Seller, day: "someday", time: "25:00"));

        var errors = JsonNode.Parse(answer.Body)!["errors"]!.AsObject();
        Assert.Equal(SlackFormModal.TimeMessage, errors["time"]!.GetValue<string>());
        Assert.Equal(SlackFormModal.ChoiceMessage, errors["day"]!.GetValue<string>());
        Assert.Equal(2, errors.Count);
    }

    /// <summary>The <c>view_submission</c> Slack sends for the opened modal with these values (an empty text is null).</summary>
    private static JsonObject Submission(JsonNode view, string? seller, string day, string time) => new()
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = FakeSlack.TeamId, ["domain"] = "salesbot-test" },
        ["user"] = new JsonObject { ["id"] = Manager, ["username"] = "manager", ["name"] = "manager", ["team_id"] = FakeSlack.TeamId },
        ["api_app_id"] = SlackDriver.AppId,
        ["token"] = "verification-token-unused",
        ["trigger_id"] = "13345224609." + Guid.NewGuid().ToString("N") + ".9b1f0c7e",
        ["view"] = new JsonObject
        {
            ["id"] = "V0FORM01",
            ["team_id"] = FakeSlack.TeamId,
            ["type"] = "modal",
            ["blocks"] = view["blocks"]!.DeepClone(),
            ["private_metadata"] = view["private_metadata"]!.DeepClone(),
            ["callback_id"] = view["callback_id"]!.DeepClone(),
            ["hash"] = "1700001000.hash01",
            ["state"] = new JsonObject
            {
                ["values"] = new JsonObject
                {
                    ["seller"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = seller } },
                    ["day"] = new JsonObject { ["value"] = Selected(day) },
                    ["time"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "timepicker", ["selected_time"] = time } },
                    ["cadence"] = new JsonObject { ["value"] = Selected("weekly") },
                    ["lead"] = new JsonObject { ["value"] = Selected("day-before") },
                },
            },
        },
        ["response_urls"] = new JsonArray(),
        ["is_enterprise_install"] = false,
        ["enterprise"] = null,
    };

    private static JsonObject Selected(string value) => new()
    {
        ["type"] = "static_select",
        ["selected_option"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value }, ["value"] = value },
    };
}
