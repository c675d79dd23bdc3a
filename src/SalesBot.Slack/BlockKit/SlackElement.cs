using System.Text.Json.Serialization;

namespace SalesBot.Slack.BlockKit;

/// <summary>An interactive Block Kit element; the JSON <c>type</c> comes from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(DatePickerElement), "datepicker")]
[JsonDerivedType(typeof(TimePickerElement), "timepicker")]
public abstract record SlackElement
{
    public string? ActionId { get; init; }
}
