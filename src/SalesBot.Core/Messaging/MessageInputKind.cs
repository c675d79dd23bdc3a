namespace SalesBot.Core.Messaging;

/// <summary>What a <see cref="MessageInput"/> asks for.</summary>
public enum MessageInputKind
{
    Text,
    MultilineText,

    /// <summary>One of <see cref="MessageInput.Choices"/>.</summary>
    Choice,

    /// <summary>A date, sent back as <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A local time, sent back as <c>HH:mm</c>.</summary>
    Time,

    /// <summary>One or more people of the tenant (local: user ids or names separated by commas; Teams: people picker; Slack: users select).</summary>
    People,
}
