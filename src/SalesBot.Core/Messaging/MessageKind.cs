namespace SalesBot.Core.Messaging;

/// <summary>What a message is for; renderers may style it (a buyer's line, a score card, a summary).</summary>
public enum MessageKind
{
    Info,
    Buyer,
    Feedback,
    Summary,
    Error,
}
