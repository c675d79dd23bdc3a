using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Json;
using SalesBot.Slack.Modals;

namespace SalesBot.Slack.Tests.Modals;

public sealed class SlackFormModalTests
{
    [Fact]
    public void Render_MessageWithInputs_ButtonCarriesTheFormAndDecodesBackToTheAction()
    {
        var message = RhythmMessages.OneOnOneForm() with
        {
            Actions = [new MessageAction(RhythmActions.OneOnOneAdd, "Add 1:1", new Dictionary<string, string> { ["seller"] = "U0ADA" }) { Style = ButtonStyle.Positive }],
        };

        var button = Buttons(message).Single();
        var decoded = SlackFormModal.TryDecode(button["action_id"]!.GetValue<string>(), button["value"]!.GetValue<string>(), out var action, out var form);

        Assert.True(decoded);
        Assert.Equal(RhythmActions.OneOnOneAdd, action.Id);
        Assert.Equal("U0ADA", action.Get("seller"));
        Assert.Equal("Add 1:1", form.Title);
        Assert.Equal(message.Inputs.Select(i => (i.Id, i.Kind, i.Required)), form.Fields.Select(f => (f.Id, f.Kind, f.Required == true)));
        Assert.Equal("primary", button["style"]!.GetValue<string>());
    }

    [Fact]
    public void Render_FormTooLargeForButtonValue_FallsBackToThePlainButton()
    {
        var message = new OutboundMessage
        {
            Text = "`focus a b c` sets them",
            Inputs = [.. Enumerable.Range(0, 10).Select(i => new MessageInput { Id = "f" + i, Label = new string('L', 300) })],
            Actions = [new MessageAction("focus", "Save")],
        };

        var button = Buttons(message).Single();

        Assert.Equal("sb.0.focus", button["action_id"]!.GetValue<string>());
        Assert.False(SlackFormModal.TryDecode("sb.0.focus", null, out _, out _));
    }

    [Fact]
    public void Render_MessageWithoutInputs_ButtonsStayPlain()
    {
        var button = Buttons(new OutboundMessage { Text = "x", Actions = [new MessageAction("hint", "Hint")] }).Single();

        Assert.Equal("sb.0.hint", button["action_id"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_BlankRequiredAndEmptyOptional_ErrorOnlyOnTheRequiredBlock()
    {
        var form = new SlackForm("Focus", new Dictionary<string, string>(), [Field("a1", required: true), Field("a2", required: false), Field("a3", required: false)]);
        var values = Values(("a1", "   "), ("a2", null), ("a3", " Acme "));

        var errors = SlackFormModal.Validate(form, values, out var submitted);

        Assert.Equal(SlackFormModal.RequiredMessage, Assert.Single(errors, e => e.Key == "a1").Value);
        Assert.Single(errors);
        Assert.Equal(new Dictionary<string, string> { ["a3"] = "Acme" }, submitted);
    }

    [Fact]
    public void View_DateField_IsADatepickerWithItsInitialDate()
    {
        var form = new SlackForm("Pause until", new Dictionary<string, string>(), [new SlackFormField("until", "Until", MessageInputKind.Date, null, "2027-01-05", null, true)]);

        var view = JsonSerializer.SerializeToNode(SlackFormModal.View(new SlackFormMetadata("pause", "D1", "1.2", form)), SlackJsonContext.Default.SlackView)!;

        var element = view["blocks"]![0]!["element"]!;
        Assert.Equal("datepicker", element["type"]!.GetValue<string>());
        Assert.Equal("2027-01-05", element["initial_date"]!.GetValue<string>());
        Assert.Equal(SlackModalBuilder.InputActionId, element["action_id"]!.GetValue<string>());
    }

    private static SlackFormField Field(string id, bool required) => new(id, id, MessageInputKind.Text, null, null, null, required ? true : null);

    private static SlackViewValues Values(params (string BlockId, string? Value)[] values) =>
        new(values.ToDictionary(
            v => v.BlockId,
            v => (IReadOnlyDictionary<string, SlackViewValue>)new Dictionary<string, SlackViewValue> { [SlackModalBuilder.InputActionId] = new("plain_text_input", v.Value, []) },
            StringComparer.Ordinal));

    private static List<JsonObject> Buttons(OutboundMessage message) =>
        JsonSerializer.SerializeToNode(BlockKitRenderer.Render(message), SlackJsonContext.Default.SlackMessage)!["blocks"]!.AsArray()
            .OfType<JsonObject>()
            .Where(b => b["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .ToList();
}
