using SalesBot.Core.Conversations;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Core.Rhythm;

/// <summary>What the rhythm handlers share: the store with retried commits, people lookup, the scheduler hook, the clock.</summary>
public sealed class RhythmDesk(IRhythmStore store, IRhythmScheduler scheduler, RhythmPeople people, IRoleDirectory roles, TimeProvider time)
{
    public const int MaxAttempts = 3;

    public IRhythmStore Store => store;

    public RhythmPeople People => people;

    public IRoleDirectory Roles => roles;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The raw words after the command phrase ("1:1 skip alice" → ["skip", "alice"]): handlers parse them themselves (names, dates, free text keep their case).</summary>
    public static List<string> Arguments(TurnContext context, params string[][] phrases) => Match(context, phrases).Words;

    /// <summary>The command phrase found among the first words (null when none) and the raw words after it.</summary>
    public static (string[]? Phrase, List<string> Words) Match(TurnContext context, params string[][] phrases)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(phrases);
        var words = RhythmText.Words(context.Turn.Text);
        while (words.Count > 0 && (words[0].Equals("@salesbot", StringComparison.OrdinalIgnoreCase) || words[0].Equals("salesbot", StringComparison.OrdinalIgnoreCase)))
        {
            words.RemoveAt(0);
        }

        if (words.Count > 0)
        {
            words[0] = words[0].TrimStart('/');
        }

        for (var start = 0; start < Math.Min(words.Count, 5); start++)
        {
            foreach (var phrase in phrases.OrderByDescending(p => p.Length))
            {
                if (start + phrase.Length <= words.Count && phrase.Select((w, i) => string.Equals(words[start + i], w, StringComparison.OrdinalIgnoreCase)).All(b => b))
                {
                    return (phrase, words.Skip(start + phrase.Length).ToList());
                }
            }
        }

        return (null, words);
    }

    /// <summary>The raw text after the first whole-word <paramref name="token"/> (keeps commas and case: names, free text).</summary>
    public static string RawAfter(string? text, string token)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var match = System.Text.RegularExpressions.Regex.Match(text, $@"(?<![\w:-]){System.Text.RegularExpressions.Regex.Escape(token)}(?![\w:-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? text[(match.Index + match.Length)..].Trim().TrimStart(':').Trim() : "";
    }

    /// <summary>The person's rhythm document, or a new one (ETag null) that picks up the channel's time zone.</summary>
    public async Task<Versioned<PersonRhythm>> PersonAsync(string personId, string? displayName, string? channelZone, CancellationToken cancellationToken)
    {
        var stored = await store.GetPersonAsync(RhythmIds.TenantKey(personId), personId, cancellationToken);
        var person = stored?.Value ?? PersonRhythm.New(personId, displayName);
        if (channelZone is not null && person.ChannelTimeZoneId != channelZone && TimeZones.TryFind(channelZone, out _))
        {
            person = person with { ChannelTimeZoneId = channelZone };
        }

        if (!string.IsNullOrWhiteSpace(displayName) && person.DisplayName != displayName)
        {
            person = person with { DisplayName = displayName };
        }

        return new Versioned<PersonRhythm>(person, stored?.ETag);
    }

    /// <summary>The asking user's rhythm document (their name and channel zone refreshed from the turn).</summary>
    public Task<Versioned<PersonRhythm>> SelfAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PersonAsync(RhythmIds.Person(context.State.User), context.State.DisplayName, context.State.Reference?.TimeZone, cancellationToken);
    }

    /// <summary>Runs <paramref name="attempt"/> (read, decide, commit) again on a conflict, up to <see cref="MaxAttempts"/> times.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (ConcurrencyConflictException) when (i < MaxAttempts)
            {
                // Someone else changed one of the documents: read again and re-decide.
            }
        }
    }

    /// <summary>Commits, then tells the scheduler whose occurrences to re-derive.</summary>
    public async Task CommitAsync(string tenantKey, RhythmChanges changes, IEnumerable<string> affected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count > 0)
        {
            await store.CommitAsync(tenantKey, changes, cancellationToken);
        }

        await ChangedAsync(tenantKey, affected, cancellationToken);
    }

    public Task ChangedAsync(string tenantKey, IEnumerable<string> affected, CancellationToken cancellationToken) =>
        scheduler.ScheduleChangedAsync(tenantKey, affected.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);

    /// <summary>The local date "today" for someone in <paramref name="zoneId"/> (UTC when unknown).</summary>
    public DateOnly Today(string? zoneId) =>
        zoneId is not null && TimeZones.TryFind(zoneId, out var zone) ? WallClock.LocalDate(Now, zone) : DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>The reply asking for a time zone once (with a form field and the typed command).</summary>
    public static OutboundMessage AskTimeZone(string why) => new()
    {
        Title = "Which time zone are you in?",
        Text = $"{why} I need your IANA time zone once, e.g. `timezone Europe/Berlin` or `timezone America/New_York`. Then repeat the command.",
        Inputs = [new MessageInput { Id = "zone", Label = "Time zone (IANA)", Placeholder = "Europe/Berlin", Required = true }],
        Actions = [new MessageAction(RhythmActions.TimeZone, "Save time zone")],
    };

    /// <summary>A proactive message to another person of the tenant, sent after the turn commits.</summary>
    public static ProactiveRequest Tell(string personId, string reason, params OutboundMessage[] messages) =>
        new() { User = RhythmIds.User(personId), Reason = reason, Messages = messages };

    public static UserState State(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State;
    }
}
