using SalesBot.Host.Storage;
using SalesBot.Slack.Inbound;
using SalesBot.Slack.Installations;

namespace SalesBot.Host.Channels.Slack;

/// <summary>
/// Slack installations (OAuth v2, one per workspace or per Enterprise Grid org) on the document store, so every instance
/// and every restart sees the same installs, on SQLite and Cosmos DB alike: partition <c>slack-installations</c>, id =
/// the installation key (<c>T:{team}</c> or <c>E:{enterprise}</c>), type <c>slack-installation</c>. Installations are
/// few and read through <see cref="SlackTokenResolver"/>'s cache, so a turn adds no store round trip. The bot token is
/// a secret stored in the document as is: protect the store (see the README), never log documents.
/// </summary>
internal sealed class DocumentSlackInstallationStore(IDocumentStore documents) : ISlackInstallationStore
{
    internal const string Partition = "slack-installations";
    internal const string DocumentType = "slack-installation";

    public async Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        await documents.UpsertAsync(new DocumentWrite(Partition, installation.Key, DocumentType, SlackInstallationJson.Serialize(installation)), cancellationToken);
    }

    public async Task<SlackInstallation?> FindAsync(SlackTeamRef team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var found = await ReadAsync(SlackInstallation.KeyFor(team.TeamId, team.EnterpriseId, team.IsEnterpriseInstall), cancellationToken);
        if (found is null && !team.IsEnterpriseInstall && !string.IsNullOrEmpty(team.EnterpriseId))
        {
            // A workspace of an Enterprise Grid org installed org-wide.
            found = await ReadAsync(SlackInstallation.KeyFor(team.TeamId, team.EnterpriseId, isEnterpriseInstall: true), cancellationToken);
        }

        return found;
    }

    public Task<bool> DeleteAsync(SlackTeamRef team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        return documents.DeleteAsync(Partition, SlackInstallation.KeyFor(team.TeamId, team.EnterpriseId, team.IsEnterpriseInstall), cancellationToken);
    }

    private async Task<SlackInstallation?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await documents.ReadAsync(Partition, key, cancellationToken);
        return stored is null || stored.Type != DocumentType ? null : SlackInstallationJson.Deserialize(stored.Body);
    }
}
