using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Core.Messaging;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Host.Storage;
using SalesBot.Host.Tests.Support;

namespace SalesBot.Host.Tests.EndToEnd;

/// <summary>When something breaks inside a turn, the user gets a clear reply and the channel still gets a 200: never a 500.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task StoreOutage_GivesAFriendlyReply_NotA500()
    {
        await using var factory = new SalesBotFactory(services: services => services.Replace(ServiceDescriptor.Singleton<IConversationStore, UnavailableStore>()));
        var client = new LocalClient(factory.CreateClient());

        var replies = await client.SendAsync("alice", "practice price");

        var text = LocalClient.Texts(replies);
        Assert.Contains("something went wrong on my side", text, StringComparison.Ordinal);
        Assert.Equal("error", (string?)replies[0]["kind"]);
    }

    [Fact]
    public async Task OversizedBody_Is413_NotA500()
    {
        await using var factory = new SalesBotFactory();
        var client = new LocalClient(factory.CreateClient());

        var (status, _) = await client.PostRawAsync($"{{\"userId\":\"alice\",\"text\":\"{new string('a', 70_000)}\"}}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task Readiness_Is503_WhenTheStoreIsUnreachable_LivenessStays200()
    {
        await using var factory = new SalesBotFactory(services: services => services.Replace(ServiceDescriptor.Singleton<IDocumentStore, UnreachableDocuments>()));
        var client = factory.CreateClient();

        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private sealed class UnreachableDocuments : IDocumentStore
    {
        public Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken) => throw Down();

        public Task<IReadOnlyList<StoredDocument>> QueryAsync(string partitionKey, string type, CancellationToken cancellationToken) => throw Down();

        public Task<IReadOnlyList<StoredDocument>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken) => throw Down();

        public Task<StoredDocument> CreateAsync(DocumentWrite document, CancellationToken cancellationToken) => throw Down();

        public Task<StoredDocument> ReplaceAsync(DocumentWrite document, string ifMatch, CancellationToken cancellationToken) => throw Down();

        public Task<StoredDocument> UpsertAsync(DocumentWrite document, CancellationToken cancellationToken) => throw Down();

        public Task<bool> DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken) => throw Down();

        public Task<IReadOnlyList<StoredDocument?>> CommitBatchAsync(string partitionKey, IReadOnlyList<DocumentOperation> operations, CancellationToken cancellationToken) => throw Down();

        public Task CheckAsync(CancellationToken cancellationToken) => throw Down();

        private static IOException Down() => new("store unreachable");
    }

    private sealed class UnavailableStore : IConversationStore
    {
        public Task<StoredUserState?> LoadAsync(UserKey user, CancellationToken cancellationToken) =>
            throw new IOException("disk unavailable");

        public Task<string> CommitAsync(Core.Users.UserState state, string? expectedETag, TurnRecord turn, CancellationToken cancellationToken) =>
            throw new IOException("disk unavailable");

        public Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(UserKey user, CancellationToken cancellationToken) =>
            throw new IOException("disk unavailable");

        public Task<IReadOnlyList<SessionRecord>> GetSessionsAsync(UserKey user, CancellationToken cancellationToken) =>
            throw new IOException("disk unavailable");
    }
}
