using System.Globalization;
using System.Text.Json;
using SalesBot.Core.Messaging;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Json;

namespace SalesBot.Slack.Modals;

/// <summary>
/// Slack's rendering of a message's form (<see cref="OutboundMessage.Inputs"/>): each button of such a message carries the
/// form in its value (<c>action_id</c> <c>sbf.{index}.{id}</c>); pressing it opens a modal (<c>views.open</c>) with one
/// <c>input</c> block per field (block id = the input's id): text → <c>plain_text_input</c>, choice → <c>static_select</c>,
/// date → <c>datepicker</c>, time → <c>timepicker</c>, people → <c>plain_text_input</c> of names or user ids,
/// comma-separated (what the rhythm commands parse, as on Teams and the local page). The submission is validated here
/// (field errors by block id) and runs as the button's press with the values (the button's own data wins on a clash).
/// </summary>
public static class SlackFormModal
{
    public const string CallbackId = "sb.form";
    public const string RequiredMessage = "Please fill this in.";
    public const string TimeMessage = "Enter a time as HH:mm, e.g. 10:00.";
    public const string DateMessage = "Enter a date as yyyy-MM-dd.";
    public const string ChoiceMessage = "Choose one of the options.";
    private const string ButtonPrefix = "sbf.";
    private const string PeoplePlaceholder = "names or user ids, comma-separated";

    /// <summary>A button that opens the form, or null when the form does not fit in a button's value (the plain button is used).</summary>
    public static ButtonElement? Button(MessageAction action, int index, IReadOnlyList<MessageInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(inputs);
        var actionId = ButtonPrefix + index.ToString(CultureInfo.InvariantCulture) + "." + action.Id;
        if (inputs.Count == 0 || inputs.Count > BlockKitLimits.BlocksPerView || actionId.Length > BlockKitLimits.ActionId)
        {
            return null;
        }

        var form = new SlackForm(PlainText.StripMarkup(action.Title), action.Data, [.. inputs.Select(SlackFormField.From)]);
        var value = JsonSerializer.Serialize(form, SlackJsonContext.Default.SlackForm);
        if (value.Length > BlockKitLimits.ButtonValue)
        {
            return null;
        }

        return BlockKitRenderer.Button(action, index) with { ActionId = actionId, Value = value };
    }

    /// <summary>Reads a pressed form button: its channel-neutral action (id + own data) and the form.</summary>
    public static bool TryDecode(string actionId, string? value, out ActionInvocation action, out SlackForm form)
    {
        ArgumentNullException.ThrowIfNull(actionId);
        action = null!;
        form = null!;
        if (!actionId.StartsWith(ButtonPrefix, StringComparison.Ordinal) || string.IsNullOrEmpty(value))
        {
            return false;
        }

        var dot = actionId.IndexOf('.', ButtonPrefix.Length);
        if (dot <= ButtonPrefix.Length || !int.TryParse(actionId.AsSpan(ButtonPrefix.Length, dot - ButtonPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        try
        {
            if (JsonSerializer.Deserialize(value, SlackJsonContext.Default.SlackForm) is not { Fields.Count: > 0 } parsed || parsed.Data is null)
            {
                return false;
            }

            form = parsed;
        }
        catch (JsonException)
        {
            return false;
        }

        action = new ActionInvocation(actionId[(dot + 1)..], form.Data);
        return true;
    }

    public static string EncodeMetadata(SlackFormMetadata metadata) =>
        JsonSerializer.Serialize(metadata, SlackJsonContext.Default.SlackFormMetadata);

    public static SlackFormMetadata? DecodeMetadata(string? metadata)
    {
        if (string.IsNullOrEmpty(metadata))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(metadata, SlackJsonContext.Default.SlackFormMetadata) is { ActionId.Length: > 0, Form.Fields: not null, Form.Data: not null } parsed ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The modal for the form; <paramref name="metadata"/> comes back with the submission.</summary>
    public static SlackView View(SlackFormMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var form = metadata.Form;
        var builder = new SlackModalBuilder(CallbackId, form.Title)
            .WithSubmit(form.Title)
            .WithPrivateMetadata(EncodeMetadata(metadata));
        foreach (var field in form.Fields)
        {
            var optional = field.Required != true;
            switch (field.Kind)
            {
                case MessageInputKind.Choice when field.Choices is { Count: > 0 } choices:
                    builder.AddSelect(field.Id, field.Label, choices.Select(c => (c.Value, c.Text)), field.Value, optional);
                    break;
                case MessageInputKind.Date:
                    builder.AddDatePicker(field.Id, field.Label, ValidDate(field.Value) ? field.Value : null, optional, field.Placeholder);
                    break;
                case MessageInputKind.Time:
                    builder.AddTimePicker(field.Id, field.Label, ValidTime(field.Value) ? field.Value : null, optional, field.Placeholder);
                    break;
                case MessageInputKind.People:
                    builder.AddTextInput(field.Id, field.Label, field.Value, optional: optional, placeholder: field.Placeholder ?? PeoplePlaceholder);
                    break;
                default:
                    builder.AddTextInput(field.Id, field.Label, field.Value, multiline: field.Kind == MessageInputKind.MultilineText, optional: optional, placeholder: field.Placeholder);
                    break;
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Checks the submitted values against the form: required fields filled, times <c>HH:mm</c>, dates <c>yyyy-MM-dd</c>,
    /// choices among the options. Returns the field errors by block id (empty when valid) and the values by input id.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Validate(SlackForm form, SlackViewValues submitted, out IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(submitted);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            var text = submitted.GetText(field.Id, SlackModalBuilder.InputActionId);
            if (text is null)
            {
                if (field.Required == true)
                {
                    errors[field.Id] = RequiredMessage;
                }

                continue;
            }

            var error = field.Kind switch
            {
                MessageInputKind.Time when !ValidTime(text) => TimeMessage,
                MessageInputKind.Date when !ValidDate(text) => DateMessage,
                MessageInputKind.Choice when field.Choices is { Count: > 0 } choices && !choices.Any(c => c.Value == text) => ChoiceMessage,
                _ => null,
            };
            if (error is not null)
            {
                errors[field.Id] = error;
                continue;
            }

            result[field.Id] = text;
        }

        values = result;
        return errors;
    }

    private static bool ValidTime(string? value) =>
        value is not null && TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool ValidDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
