using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Storage;

namespace SalesBot.Host.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IDocumentStore"/> must have (SQLite today, Cosmos DB next): a derived class supplies the
/// store and runs the same facts.
/// </summary>
public abstract class DocumentStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private protected abstract IDocumentStore Store { get; }

    private static DocumentWrite Doc(string id, string body = "{\"n\":1}", string pk = "p1", string type = "thing", TimeSpan? ttl = null) =>
        new(pk, id, type, body, ttl);

    [Fact]
    public async Task Create_ThenRead_ReturnsTheDocumentAndItsETag()
    {
        var created = await Store.CreateAsync(Doc("a"), CancellationToken.None);

        var read = await Store.ReadAsync("p1", "a", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal("{\"n\":1}", read.Body);
        Assert.Equal("thing", read.Type);
        Assert.Equal(created.ETag, read.ETag);
        Assert.False(string.IsNullOrWhiteSpace(read.ETag));
    }

    [Fact]
    public async Task Read_Missing_IsNull()
    {
        Assert.Null(await Store.ReadAsync("p1", "nope", CancellationToken.None));
    }

    [Fact]
    public async Task Create_Twice_IsAConflict_AndKeepsTheFirst()
    {
        await Store.CreateAsync(Doc("a", "{\"v\":\"first\"}"), CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.CreateAsync(Doc("a", "{\"v\":\"second\"}"), CancellationToken.None));

        Assert.Equal(DocumentFailure.AlreadyExists, ex.Failure);
        Assert.Equal("{\"v\":\"first\"}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Replace_WithCurrentETag_WritesAndChangesTheETag()
    {
        var created = await Store.CreateAsync(Doc("a"), CancellationToken.None);

        var replaced = await Store.ReplaceAsync(Doc("a", "{\"n\":2}"), created.ETag, CancellationToken.None);

        Assert.NotEqual(created.ETag, replaced.ETag);
        Assert.Equal("{\"n\":2}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Replace_WithStaleETag_IsRefused_AndChangesNothing()
    {
        var created = await Store.CreateAsync(Doc("a"), CancellationToken.None);
        await Store.ReplaceAsync(Doc("a", "{\"n\":2}"), created.ETag, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.ReplaceAsync(Doc("a", "{\"n\":3}"), created.ETag, CancellationToken.None));

        Assert.Equal(DocumentFailure.ETagMismatch, ex.Failure);
        Assert.Equal("{\"n\":2}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Replace_Missing_IsNotFound()
    {
        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.ReplaceAsync(Doc("ghost"), "any-etag", CancellationToken.None));

        Assert.Equal(DocumentFailure.NotFound, ex.Failure);
        Assert.Null(await Store.ReadAsync("p1", "ghost", CancellationToken.None));
    }

    [Fact]
    public async Task Replace_Concurrently_WithTheSameETag_ExactlyOneWins()
    {
        var created = await Store.CreateAsync(Doc("a"), CancellationToken.None);

        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Store.ReplaceAsync(Doc("a", $"{{\"n\":{i}}}"), created.ETag, CancellationToken.None);
                return true;
            }
            catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.ETagMismatch)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task Upsert_CreatesThenOverwrites()
    {
        await Store.UpsertAsync(Doc("a", "{\"n\":1}"), CancellationToken.None);
        await Store.UpsertAsync(Doc("a", "{\"n\":2}"), CancellationToken.None);

        Assert.Equal("{\"n\":2}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Delete_RemovesOnce()
    {
        await Store.CreateAsync(Doc("a"), CancellationToken.None);

        Assert.True(await Store.DeleteAsync("p1", "a", CancellationToken.None));
        Assert.False(await Store.DeleteAsync("p1", "a", CancellationToken.None));
        Assert.Null(await Store.ReadAsync("p1", "a", CancellationToken.None));
    }

    [Fact]
    public async Task Query_ReturnsOneTypeInOnePartition_OrderedById()
    {
        await Store.CreateAsync(Doc("b"), CancellationToken.None);
        await Store.CreateAsync(Doc("a"), CancellationToken.None);
        await Store.CreateAsync(Doc("c", type: "other"), CancellationToken.None);
        await Store.CreateAsync(Doc("d", pk: "p2"), CancellationToken.None);

        var found = await Store.QueryAsync("p1", "thing", CancellationToken.None);

        Assert.Equal(["a", "b"], found.Select(d => d.Id));
    }

    [Fact]
    public async Task Partitions_AreIsolated()
    {
        await Store.CreateAsync(Doc("a", "{\"p\":1}", pk: "p1"), CancellationToken.None);
        await Store.CreateAsync(Doc("a", "{\"p\":2}", pk: "p2"), CancellationToken.None);

        Assert.Equal("{\"p\":1}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
        Assert.Equal("{\"p\":2}", (await Store.ReadAsync("p2", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task TimeToLive_ExpiredDocumentsDisappear_AndTheirIdIsFreeAgain()
    {
        await Store.CreateAsync(Doc("a", ttl: TimeSpan.FromDays(30)), CancellationToken.None);
        await Store.CreateAsync(Doc("keep"), CancellationToken.None);

        Time.Advance(TimeSpan.FromDays(29));
        Assert.NotNull(await Store.ReadAsync("p1", "a", CancellationToken.None));

        Time.Advance(TimeSpan.FromDays(2));
        Assert.Null(await Store.ReadAsync("p1", "a", CancellationToken.None));
        Assert.Equal(["keep"], (await Store.QueryAsync("p1", "thing", CancellationToken.None)).Select(d => d.Id));
        await Store.CreateAsync(Doc("a", "{\"again\":true}"), CancellationToken.None);
        Assert.Equal("{\"again\":true}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Check_SucceedsWhenReachable_AndChangesNothing()
    {
        var created = await Store.CreateAsync(Doc("a"), CancellationToken.None);

        var check = Record.ExceptionAsync(() => Store.CheckAsync(CancellationToken.None));

        Assert.Null(await check);
        Assert.Equal(created.ETag, (await Store.ReadAsync("p1", "a", CancellationToken.None))!.ETag);
        Assert.Equal(["a"], (await Store.QueryAsync("p1", "thing", CancellationToken.None)).Select(d => d.Id));
    }
}
