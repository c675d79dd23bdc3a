using System.Text.Json.Serialization;

namespace SalesBot.Slack.BlockKit;

/// <summary>A Block Kit layout block; the JSON <c>type</c> comes from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract record SlackBlock
{
    public string? BlockId { get; init; }
}
