using SalesBot.Core.Messaging;

namespace SalesBot.Core.Rhythm;

/// <summary>
/// Finds people of the user's tenant by what a manager types: a user id, a display name or a first name (case-insensitive,
/// an optional '@'), from the tenant roster (people who have talked to SalesBot) and the team. In the local channel an
/// unknown but well-formed user id is taken as is (local users exist once they open the page).
/// </summary>
public sealed class RhythmPeople(IConversationReferenceStore roster)
{
    public async Task<PersonLookup> FindAsync(UserKey asker, string text, Team? team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(text);
        var wanted = text.Trim().TrimStart('@').Trim();
        if (wanted.Length == 0)
        {
            return PersonLookup.NotFound(text);
        }

        var candidates = new Dictionary<string, string?>(StringComparer.Ordinal);
        var zones = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var member in team?.Members ?? [])
        {
            candidates[member.PersonId] = member.DisplayName;
        }

        foreach (var entry in await roster.ListAsync(asker.TenantKey, cancellationToken))
        {
            candidates[RhythmIds.Person(entry.User)] = entry.DisplayName ?? candidates.GetValueOrDefault(RhythmIds.Person(entry.User));
            zones[RhythmIds.Person(entry.User)] = entry.Reference.TimeZone;
        }

        var byId = candidates.Where(c => string.Equals(RhythmIds.UserPart(c.Key), wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = byId.Count > 0 ? byId
            : candidates.Where(c => c.Value is { } name && string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0)
        {
            matches = candidates.Where(c => c.Value is { } name && string.Equals(name.Split(' ', 2)[0], wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        if (matches.Count == 1)
        {
            return PersonLookup.Found(matches[0].Key, matches[0].Value, zones.GetValueOrDefault(matches[0].Key));
        }

        if (matches.Count > 1)
        {
            return PersonLookup.Ambiguous(text, matches.Select(m => $"{m.Value ?? RhythmIds.UserPart(m.Key)} ({RhythmIds.UserPart(m.Key)})").ToList());
        }

        // The local channel has no directory: a well-formed id is a person who will exist once they open the page.
        if (asker.Channel == "local" && wanted.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@') && wanted.Length <= 64)
        {
            return PersonLookup.Found(RhythmIds.Person(new UserKey(asker.Channel, asker.TenantId, wanted.ToLowerInvariant())), null);
        }

        return PersonLookup.NotFound(text);
    }
}
