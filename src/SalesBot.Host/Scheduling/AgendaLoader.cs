using SalesBot.Core.Rhythm;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Builds a person's <see cref="RecipientAgenda"/> from the rhythm store: their document (preferences, zone, focus prompt,
/// snoozes), the teams they manage or accepted (habit nudges) and the 1:1s they manage (briefs, follow-up requests).
/// A seller's preferences never enter their manager's agenda. Point reads only; the tenant-wide form reads three queries.
/// </summary>
internal sealed class AgendaLoader(IRhythmStore store)
{
    public const string DefaultZone = "Etc/UTC";

    public async Task<RecipientAgenda?> LoadAsync(string tenantKey, string personId, CancellationToken cancellationToken)
    {
        var person = (await store.GetPersonAsync(tenantKey, personId, cancellationToken))?.Value;
        if (person is null)
        {
            return null;
        }

        var teams = new List<Team>();
        foreach (var teamId in person.MemberOf.Append(person.ManagesTeam).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if ((await store.GetTeamAsync(tenantKey, teamId, cancellationToken))?.Value is { } team)
            {
                teams.Add(team);
            }
        }

        var oneOnOnes = new List<OneOnOneSchedule>();
        foreach (var id in person.OneOnOnes)
        {
            if ((await store.GetOneOnOneAsync(tenantKey, id, cancellationToken))?.Value is { } schedule)
            {
                oneOnOnes.Add(schedule);
            }
        }

        return Build(person, teams, oneOnOnes);
    }

    /// <summary>Every person's agenda in a tenant, from three queries (the daily top-up and the benchmark).</summary>
    public async Task<IReadOnlyList<RecipientAgenda>> LoadTenantAsync(string tenantKey, CancellationToken cancellationToken)
    {
        var people = await store.ListPeopleAsync(tenantKey, cancellationToken);
        var teams = (await store.ListTeamsAsync(tenantKey, cancellationToken)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var oneOnOnes = (await store.ListOneOnOnesAsync(tenantKey, cancellationToken)).ToDictionary(o => o.Id, StringComparer.Ordinal);
        return people.Select(p => Build(
            p,
            p.MemberOf.Append(p.ManagesTeam).OfType<string>().Distinct(StringComparer.Ordinal).Select(teams.GetValueOrDefault).OfType<Team>().ToList(),
            p.OneOnOnes.Select(oneOnOnes.GetValueOrDefault).OfType<OneOnOneSchedule>().ToList())).ToList();
    }

    public static RecipientAgenda Build(PersonRhythm person, IReadOnlyList<Team> teams, IReadOnlyList<OneOnOneSchedule> oneOnOnes)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(teams);
        var nudged = teams.Where(t => t.Nudge is { Deleted: false } && (t.ManagerId == person.PersonId || t.Member(person.PersonId) is { SharesPractice: true })).ToList();
        var seller = teams.Any(t => t.ManagerId != person.PersonId && t.Member(person.PersonId) is { SharesPractice: true });
        var zone = person.TimeZoneId is { } own && TimeZones.TryFind(own, out _) ? own : null;
        var fallback = nudged.Select(t => t.Nudge!.TimeZoneId).Concat(oneOnOnes.Select(o => o.TimeZoneId)).FirstOrDefault() ?? DefaultZone;
        return new RecipientAgenda
        {
            Person = person.Preferences with { PersonId = person.PersonId, TimeZoneId = zone },
            FallbackTimeZoneId = fallback,
            OneOnOnes = oneOnOnes.Where(o => o.ManagerId == person.PersonId).ToList(),
            Teams = nudged.Select(t => t.Nudge!).ToList(),
            FocusPrompt = seller ? person.FocusPrompt : null,
            Reminders = person.Snoozes.Where(s => nudged.Any(t => t.Id == s.TeamId)).Select(s => new NudgeReminder(s.TeamId, s.NudgeDate, s.RemindAt)).ToList(),
        };
    }
}
