using System.Text.Json.Serialization;

namespace SalesBot.Teams.Cards;

/// <summary>A card action; <c>type</c> is written from the concrete record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction(string Title)
{
    /// <summary><c>positive</c> or <c>destructive</c>; null is the default style.</summary>
    public string? Style { get; init; }
}
