using SalesBot.Core.Conversations;

namespace SalesBot.Host.Channels.Local;

/// <summary>Renders channel-neutral messages for the local channel (the chat page and plain HTTP clients).</summary>
internal static class LocalRenderer
{
    public static LocalResponse Render(TurnResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new LocalResponse(result.Replies.Select(Render).ToList());
    }

    public static LocalReply Render(OutboundMessage message) => new()
    {
        Text = PlainText.Render(message),
        Kind = message.Kind.ToString().ToLowerInvariant(),
        Speaker = message.Speaker,
        Title = message.Title,
        Body = message.Text,
        Sections = message.Sections.Select(s => new LocalSection(s.Title, s.Text, s.Facts.Select(f => new LocalFact(f.Name, f.Value)).ToList())).ToList(),
        Actions = message.Actions.Select(a => new LocalActionButton(a.Id, a.Title, a.Data)).ToList(),
    };
}
