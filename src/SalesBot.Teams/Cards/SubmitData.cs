using System.Text.Json.Serialization;

namespace SalesBot.Teams.Cards;

/// <summary>
/// The <c>data</c> of every Action.Submit SalesBot renders. Everything sits under one <c>salesbot</c> key so it can't
/// collide with input ids or Teams' own <c>msteams</c> property; Teams sends it back as the message's <c>value</c>.
/// </summary>
public sealed record SubmitData([property: JsonPropertyName(SubmitData.Key)] SalesBotSubmit SalesBot)
{
    public const string Key = "salesbot";

    /// <summary>The id of the Input.ChoiceSet used when a message has more buttons than Teams shows.</summary>
    public const string ChoiceInputId = "salesbotChoice";
}
