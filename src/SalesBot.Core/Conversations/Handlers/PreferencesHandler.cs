using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Conversations.Handlers;

/// <summary>
/// What a person sets about being contacted: their time zone, quiet hours, out of office / away until a date, and opting
/// out of nudges (with a way back). A manager's briefs are never held back by a seller's settings.
/// </summary>
public sealed class PreferencesHandler(RhythmDesk desk) : ICommandHandler
{
    internal static readonly string[][] Phrases =
    [
        ["timezone"], ["time", "zone"], ["tz"], ["quiet"], ["quiet", "hours"], ["away"], ["ooo"], ["out", "of", "office"], ["back"],
        ["optout"], ["opt", "out"], ["opt-out"], ["mute"], ["optin"], ["opt", "in"], ["opt-in"], ["unmute"], ["settings"], ["preferences"],
    ];

    public IReadOnlyCollection<CommandKind> Commands { get; } = [CommandKind.Preferences];

    public async Task<TurnStep> HandleAsync(TurnContext context, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Turn.Action is { Id: RhythmActions.TimeZone } action)
        {
            return await TimeZoneAsync(context, action.Get("zone"), cancellationToken);
        }

        var (phrase, words) = RhythmDesk.Match(context, Phrases);
        var key = phrase is null ? "" : string.Join(' ', phrase);
        return key switch
        {
            "timezone" or "time zone" or "tz" => await TimeZoneAsync(context, words.FirstOrDefault(), cancellationToken),
            "quiet" or "quiet hours" => await QuietAsync(context, words, cancellationToken),
            "away" or "ooo" or "out of office" => await AwayAsync(context, words, cancellationToken),
            "back" => await AwayAsync(context, ["off"], cancellationToken),
            "optout" or "opt out" or "opt-out" or "mute" => await OptAsync(context, optOut: true, cancellationToken),
            "optin" or "opt in" or "opt-in" or "unmute" => await OptAsync(context, optOut: false, cancellationToken),
            _ => await ShowAsync(context, cancellationToken),
        };
    }

    private async Task<TurnStep> ShowAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var person = (await desk.SelfAsync(context, cancellationToken)).Value;
        var p = person.Preferences;
        return TurnStep.Reply(context.State, new OutboundMessage
        {
            Title = "Your settings",
            Sections =
            [
                new MessageSection
                {
                    Facts =
                    [
                        new("Time zone", person.TimeZoneId is { } z ? z + (p.TimeZoneId is null ? " (from your chat app)" : "") : "not known yet: `timezone Europe/Berlin`"),
                        new("Quiet hours", p.QuietHours is { } q ? $"{RhythmText.Format(q.Start)}–{RhythmText.Format(q.End)} (`quiet off`)" : "none (`quiet 22:00-07:00`)"),
                        new("Away", p.ResumesOn is { } r && r > desk.Today(person.TimeZoneId) ? $"until {RhythmText.Format(r)} (`back`)" : "no (`away until 2027-01-05`)"),
                        new("Nudges", p.NudgesOptedOut ? "off (`optin` turns them back on)" : "on (`optout` stops habit nudges and focus prompts)"),
                    ],
                },
            ],
        });
    }

    private async Task<TurnStep> TimeZoneAsync(TurnContext context, string? zoneId, CancellationToken cancellationToken)
    {
        if (zoneId is null || !TimeZones.TryFind(zoneId.Trim(), out var zone))
        {
            return TurnStep.Reply(context.State, RhythmDesk.AskTimeZone(zoneId is null ? "" : $"\u201C{zoneId}\u201D is not an IANA time zone."));
        }

        var id = zone.Id;
        await UpdateAsync(context, p => p with { TimeZoneId = id }, cancellationToken);
        return Reply(context, $"Time zone set: {id}. Nudges reach you at their local time there; your new 1:1s and team nudge use it.");
    }

    private async Task<TurnStep> QuietAsync(TurnContext context, List<string> words, CancellationToken cancellationToken)
    {
        if (words.Count > 0 && words[0] is "off" or "none" or "clear")
        {
            await UpdateAsync(context, p => p with { QuietHours = null }, cancellationToken);
            return Reply(context, "Quiet hours off.");
        }

        var text = string.Join(' ', words).Replace(" - ", "-", StringComparison.Ordinal).Replace(" to ", "-", StringComparison.Ordinal);
        if (RhythmText.Range(text.Replace(" ", "", StringComparison.Ordinal)) is not { } range)
        {
            return Reply(context, "Which hours? `quiet 22:00-07:00` (nudges inside them wait until they end), `quiet off`.");
        }

        await UpdateAsync(context, p => p with { QuietHours = new QuietHours(range.Start, range.End) }, cancellationToken);
        return Reply(context, $"Quiet hours {RhythmText.Format(range.Start)}–{RhythmText.Format(range.End)} in your time zone: nudges wait until they end. Briefs wait too unless that would bring them within 30 minutes of the 1:1.");
    }

    private async Task<TurnStep> AwayAsync(TurnContext context, List<string> words, CancellationToken cancellationToken)
    {
        if (words.Count > 0 && words[0] is "off" or "none" or "clear")
        {
            await UpdateAsync(context, p => p with { ResumesOn = null }, cancellationToken);
            return Reply(context, "Welcome back: nudges and briefs resume.");
        }

        var self = (await desk.SelfAsync(context, cancellationToken)).Value;
        var today = desk.Today(self.TimeZoneId);
        DateOnly? until = null;
        for (var i = 0; i < words.Count && until is null; i++)
        {
            until = RhythmText.Date(words, i, today, out _);
        }

        if (until is not { } back || back <= today)
        {
            return Reply(context, "Until when? `away until 2027-01-05` (the date you're back); `back` ends it early.");
        }

        await UpdateAsync(context, p => p with { ResumesOn = back }, cancellationToken);
        return Reply(context, $"Out of office until {RhythmText.Format(back)}: no nudges and no briefs for your own 1:1s before then (each skip is recorded). `back` ends it early.");
    }

    private async Task<TurnStep> OptAsync(TurnContext context, bool optOut, CancellationToken cancellationToken)
    {
        await UpdateAsync(context, p => p with { NudgesOptedOut = optOut }, cancellationToken);
        return Reply(context, optOut
            ? "Nudges off: no weekly habit nudges or focus prompts. Briefs for your own 1:1s still come. `optin` turns nudges back on."
            : "Nudges on again.");
    }

    private async Task UpdateAsync(TurnContext context, Func<PersonPreferences, PersonPreferences> change, CancellationToken cancellationToken)
    {
        var tenant = context.State.User.TenantKey;
        await RhythmDesk.RetryAsync(async () =>
        {
            var self = await desk.SelfAsync(context, cancellationToken);
            var updated = self.Value with { Preferences = change(self.Value.Preferences) };
            await desk.CommitAsync(tenant, new RhythmChanges { People = [self.With(updated)] }, [updated.PersonId], cancellationToken);
            return true;
        });
    }

    private static TurnStep Reply(TurnContext context, string text) => TurnStep.Reply(context.State, OutboundMessage.Plain(text));
}
