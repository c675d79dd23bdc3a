using SalesBot.Core;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Channels.Local;

/// <summary>Renders channel-neutral messages for the local channel (the chat page and plain HTTP clients).</summary>
internal static class LocalRenderer
{
    public const string Replace = "replace";
    public const string Retire = "retire";

    /// <summary>The HTTP answer to a turn: each reply with a fresh id, and the update of the pressed message if any.</summary>
    public static LocalResponse Render(TurnResult result, string? sourceMessageId)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new LocalResponse(result.Replies.Select(m => Render(m, NewId())).ToList())
        {
            Update = sourceMessageId is null ? null : Update(sourceMessageId, result.SourceUpdate),
            Duplicate = result.Status == TurnStatus.Duplicate ? true : null,
        };
    }

    public static LocalReply Render(OutboundMessage message, string id)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new LocalReply
        {
            Id = id,
            Text = PlainText.Render(message),
            Kind = message.Kind.ToString().ToLowerInvariant(),
            Speaker = message.Speaker,
            Title = message.Title,
            Body = message.Text,
            Sections = message.Sections.Select(s => new LocalSection(s.Title, s.Text, s.Facts.Select(f => new LocalFact(f.Name, f.Value)).ToList())).ToList(),
            Actions = message.Actions.Select(a => new LocalActionButton(a.Id, a.Title, a.Data)
            {
                Style = a.Style == ButtonStyle.Default ? null : a.Style.ToString().ToLowerInvariant(),
            }).ToList(),
            Inputs = message.Inputs.Count == 0 ? null : message.Inputs.Select(i => new LocalInput(i.Id, i.Label, i.Kind.ToString().ToLowerInvariant())
            {
                Placeholder = i.Placeholder,
                Value = i.Value,
                Required = i.Required ? true : null,
                Choices = i.Choices.Count == 0 ? null : i.Choices.Select(c => new LocalFact(c.Name, c.Value)).ToList(),
            }).ToList(),
        };
    }

    /// <summary>The local form of a pressed-message update; null for "keep".</summary>
    public static LocalUpdate? Update(string messageId, SourceMessageUpdate? update) => update?.Kind switch
    {
        SourceUpdateKind.Replace => new LocalUpdate(messageId, Replace) { Reply = Render(update.Replacement!, messageId) },
        SourceUpdateKind.RetireActions => new LocalUpdate(messageId, Retire),
        _ => null,
    };

    public static string NewId() => "r-" + UniqueIds.NewHex();
}
