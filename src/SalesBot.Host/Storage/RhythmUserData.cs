using System.Text.Json;
using SalesBot.Core.Messaging;
using SalesBot.Core.Rhythm;
using SalesBot.Host.Scheduling;

namespace SalesBot.Host.Storage;

/// <summary>
/// "Forget me" for the manager's rhythm (the tenant's <c>rhythm|{tenantKey}</c> partition and the person's delivery
/// ledger): the person's document, focus answers and check-ins, the team they manage, the 1:1s (and their follow-up
/// notes) where they are the manager or the seller are deleted; they are removed from other teams' members and the other
/// people's documents stop pointing at what was deleted. Written as ETag-checked atomic batches, re-read on a conflict.
/// Nothing is delivered for them afterwards: the dispatcher reloads the agenda at send time and cancels an occurrence
/// whose person or 1:1 is gone.
/// </summary>
internal sealed class RhythmUserData(IDocumentStore documents) : IUserDataContributor
{
    private const int MaxPasses = 5;

    public async Task<IReadOnlyList<StoredDocument>> ExportAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var personId = RhythmIds.Person(user);
        var found = await documents.QueryPartitionAsync(DocumentRhythmStore.PartitionFor(user.TenantKey), cancellationToken);
        var mine = Plan(found, personId);
        var exported = found.Where(d => mine.Deletes.Contains(d.Id) || mine.TeamsListing.Contains(d.Id)).ToList();
        exported.AddRange(await documents.QueryPartitionAsync(DeliveryLedger.PartitionFor(personId), cancellationToken));
        return exported;
    }

    public async Task<int> EraseAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var personId = RhythmIds.Person(user);
        var partition = DocumentRhythmStore.PartitionFor(user.TenantKey);
        var deleted = 0;
        for (var pass = 1; ; pass++)
        {
            var found = await documents.QueryPartitionAsync(partition, cancellationToken);
            var plan = Plan(found, personId);
            var operations = found
                .Where(d => plan.Deletes.Contains(d.Id))
                .Select(d => DocumentOperation.Delete(d.Id, d.ETag))
                .Concat(plan.Replaces)
                .ToList();
            try
            {
                foreach (var chunk in operations.Chunk(DocumentBatch.MaxOperations))
                {
                    await documents.CommitBatchAsync(partition, chunk, cancellationToken);
                    deleted += chunk.Count(o => o.Kind == DocumentOperationKind.Delete);
                }

                break;
            }
            catch (DocumentStoreException ex) when (ex.Failure is DocumentFailure.ETagMismatch or DocumentFailure.NotFound && pass < MaxPasses)
            {
                // A manager changed the team (or a check-in expired) meanwhile: read again and redo what is left.
            }
        }

        var ledger = DeliveryLedger.PartitionFor(personId);
        foreach (var record in await documents.QueryPartitionAsync(ledger, cancellationToken))
        {
            if (await documents.DeleteAsync(ledger, record.Id, cancellationToken))
            {
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>What of a tenant's rhythm partition concerns the person: ids to delete, documents to rewrite without them.</summary>
    private static ErasurePlan Plan(IReadOnlyList<StoredDocument> found, string personId)
    {
        var deletes = new HashSet<string>(StringComparer.Ordinal);
        var listing = new HashSet<string>(StringComparer.Ordinal);
        var replaces = new List<DocumentOperation>();
        var deletedTeams = new HashSet<string>(StringComparer.Ordinal);
        var deletedOneOnOnes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in found)
        {
            switch (document.Type)
            {
                case DocumentRhythmStore.PersonType when document.Id == $"person|{personId}":
                case DocumentRhythmStore.FocusType when document.Id.StartsWith($"focus|{personId}|", StringComparison.Ordinal):
                    deletes.Add(document.Id);
                    break;
                case DocumentRhythmStore.CheckInType when JsonSerializer.Deserialize(document.Body, RhythmJsonContext.Default.HabitCheckIn)!.PersonId == personId:
                    deletes.Add(document.Id);
                    break;
                case DocumentRhythmStore.OneOnOneType:
                    var schedule = JsonSerializer.Deserialize(document.Body, RhythmJsonContext.Default.OneOnOneSchedule)!;
                    if (schedule.ManagerId == personId || schedule.SellerId == personId)
                    {
                        deletes.Add(document.Id);
                        deletedOneOnOnes.Add(schedule.Id);
                    }

                    break;
                case DocumentRhythmStore.TeamType:
                    var team = JsonSerializer.Deserialize(document.Body, RhythmJsonContext.Default.Team)!;
                    if (team.ManagerId == personId)
                    {
                        deletes.Add(document.Id);
                        deletedTeams.Add(team.Id);
                    }
                    else if (team.Member(personId) is not null)
                    {
                        listing.Add(document.Id);
                        replaces.Add(Replace(document, JsonSerializer.Serialize(team.WithoutMember(personId), RhythmJsonContext.Default.Team)));
                    }

                    break;
            }
        }

        foreach (var document in found)
        {
            if (document.Type == DocumentRhythmStore.NotesType && deletedOneOnOnes.Contains(document.Id["notes|".Length..]))
            {
                deletes.Add(document.Id);
            }
            else if (document.Type == DocumentRhythmStore.PersonType && !deletes.Contains(document.Id))
            {
                var person = JsonSerializer.Deserialize(document.Body, RhythmJsonContext.Default.PersonRhythm)!;
                var cleaned = person with
                {
                    MemberOf = person.MemberOf.Where(t => !deletedTeams.Contains(t)).ToList(),
                    OneOnOnes = person.OneOnOnes.Where(o => !deletedOneOnOnes.Contains(o)).ToList(),
                };
                if (cleaned.MemberOf.Count != person.MemberOf.Count || cleaned.OneOnOnes.Count != person.OneOnOnes.Count)
                {
                    replaces.Add(Replace(document, JsonSerializer.Serialize(cleaned, RhythmJsonContext.Default.PersonRhythm)));
                }
            }
        }

        return new ErasurePlan(deletes, listing, replaces);
    }

    private static DocumentOperation Replace(StoredDocument document, string body) =>
        DocumentOperation.Replace(new DocumentWrite(document.PartitionKey, document.Id, document.Type, body), document.ETag);

    private sealed record ErasurePlan(HashSet<string> Deletes, HashSet<string> TeamsListing, List<DocumentOperation> Replaces);
}
