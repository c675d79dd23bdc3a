using System.Text.Json;

namespace SalesBot.Teams.Activities;

/// <summary>
/// The body answering an <c>adaptiveCard/action</c> invoke: a replacement card
/// (<c>application/vnd.microsoft.card.adaptive</c>), a toast (<c>application/vnd.microsoft.activity.message</c>) or an
/// error (<c>application/vnd.microsoft.error</c>).
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
