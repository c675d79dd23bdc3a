using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;

namespace SalesBot.Host.Tests.Support;

/// <summary>Sets up teams, 1:1s and nudges through the chat, the way a manager and sellers do it.</summary>
public static class RhythmSetup
{
    /// <summary>The manager adds the sellers; each seller presses Accept on the invitation the bot sent them.</summary>
    public static async Task TeamAsync(RhythmHost host, string manager, string managerZone, params (string Id, string Zone)[] sellers)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.SayAsync(manager, $"timezone {managerZone}", managerZone);
        foreach (var (id, zone) in sellers)
        {
            await host.SayAsync(id, "hi", zone);
        }

        var added = await host.SayAsync(manager, "team add " + string.Join(", ", sellers.Select(s => s.Id)));
        Assert.Contains("Invited", PlainText.Render(added.Replies[0]), StringComparison.Ordinal);
        foreach (var (id, _) in sellers)
        {
            var invitation = await InvitationAsync(host, id);
            var accepted = await host.PressAsync(id, invitation.Actions.Single(a => a.Id == RhythmActions.Accept));
            Assert.Contains("You're on", PlainText.Render(accepted.Replies[0]), StringComparison.Ordinal);
        }
    }

    /// <summary>The invitation the seller received (follow-ups are delivered after the manager's turn, in the seller's line).</summary>
    public static async Task<OutboundMessage> InvitationAsync(RhythmHost host, string seller)
    {
        ArgumentNullException.ThrowIfNull(host);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            // Count first, then look: a delivery landing in between is then waited for by count, never missed.
            var seen = host.Messenger.Deliveries.Count;
            var found = host.Messenger.Deliveries.Where(d => d.Reference.ChannelUserId == seller).SelectMany(d => d.Messages)
                .LastOrDefault(m => m.Actions.Any(a => a.Id == RhythmActions.Accept));
            if (found is not null)
            {
                return found;
            }

            await host.Messenger.WaitForAsync(seen + 1);
        }

        throw new InvalidOperationException($"{seller} got no invitation.");
    }

    public static IEnumerable<(FakeMessenger.Delivery Delivery, OutboundMessage Message)> Sent(FakeMessenger messenger, string user) =>
        messenger.Deliveries.Where(d => d.Reference.ChannelUserId == user && d.Update is null).SelectMany(d => d.Messages.Select(m => (d, m)));
}
