using SalesBot.Core.Messaging;

namespace SalesBot.Host.Tests.Support;

/// <summary>One delivered message: to whom, at which (fake) instant, what.</summary>
public sealed record Send(string User, DateTimeOffset At, OutboundMessage Message)
{
    /// <summary>What the message is, from its title: brief, follow-up, nudge, reminder, focus, or other.</summary>
    public string Kind => Message.Title switch
    {
        { } t when t.StartsWith("Brief:", StringComparison.Ordinal) => "brief",
        { } t when t.StartsWith("How did your 1:1", StringComparison.Ordinal) => "follow-up",
        { } t when t.StartsWith("This week's habit", StringComparison.Ordinal) => "nudge",
        { } t when t.StartsWith("Reminder: This week's habit", StringComparison.Ordinal) => "reminder",
        { } t when t.StartsWith("Your top 3 focus accounts", StringComparison.Ordinal) => "focus",
        _ => "other",
    };
}
