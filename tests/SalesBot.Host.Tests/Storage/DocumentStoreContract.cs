using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Host.Storage;

namespace SalesBot.Host.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IDocumentStore"/> must have (SQLite and Cosmos DB): a derived class supplies the store
/// and runs the same facts. Time to live is a capability each store proves its own way through <see cref="PassTimeAsync"/>.
/// </summary>
public abstract class DocumentStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private protected abstract IDocumentStore Store { get; }

    /// <summary>
    /// Lets <paramref name="time"/> pass for the store's expiry clock. SQLite judges expiry by its TimeProvider (a fake
    /// clock here); Cosmos DB's server judges it by its own clock, so the Cosmos tests move the test server's clock.
    /// </summary>
    protected abstract Task PassTimeAsync(TimeSpan time);

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
    public async Task ReplaceAndUpsert_WithAnotherType_MoveTheDocumentToThatTypesQuery()
    {
        // Stores may take a cheaper path when the type is unchanged (SQLite leaves its type index alone): a changed type
        // must still be written, and found under the new type only.
        var created = await Store.CreateAsync(new DocumentWrite("p1", "a", "draft", "{\"n\":1}"), CancellationToken.None);
        var replaced = await Store.ReplaceAsync(new DocumentWrite("p1", "a", "final", "{\"n\":2}"), created.ETag, CancellationToken.None);
        await Store.UpsertAsync(new DocumentWrite("p1", "b", "draft", "{\"n\":3}"), CancellationToken.None);
        await Store.UpsertAsync(new DocumentWrite("p1", "b", "final", "{\"n\":4}"), CancellationToken.None);

        var stale = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.ReplaceAsync(new DocumentWrite("p1", "a", "draft", "{\"n\":5}"), created.ETag, CancellationToken.None));

        Assert.Equal(DocumentFailure.ETagMismatch, stale.Failure);
        Assert.Empty(await Store.QueryAsync("p1", "draft", CancellationToken.None));
        var finals = await Store.QueryAsync("p1", "final", CancellationToken.None);
        Assert.Equal(["a", "b"], finals.Select(d => d.Id).Order());
        Assert.Equal(replaced.ETag, finals.Single(d => d.Id == "a").ETag);
        Assert.Equal("{\"n\":4}", (await Store.ReadAsync("p1", "b", CancellationToken.None))!.Body);
        Assert.Equal("final", (await Store.ReadAsync("p1", "b", CancellationToken.None))!.Type);
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

        await PassTimeAsync(TimeSpan.FromDays(29));
        Assert.NotNull(await Store.ReadAsync("p1", "a", CancellationToken.None));

        await PassTimeAsync(TimeSpan.FromDays(2));
        Assert.Null(await Store.ReadAsync("p1", "a", CancellationToken.None));
        Assert.Equal(["keep"], (await Store.QueryAsync("p1", "thing", CancellationToken.None)).Select(d => d.Id));
        await Store.CreateAsync(Doc("a", "{\"again\":true}"), CancellationToken.None);
        Assert.Equal("{\"again\":true}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task TimeToLive_UpsertWithoutOne_KeepsTheDocumentForever()
    {
        await Store.CreateAsync(Doc("a", ttl: TimeSpan.FromDays(1)), CancellationToken.None);
        await Store.UpsertAsync(Doc("a", "{\"n\":2}"), CancellationToken.None);

        await PassTimeAsync(TimeSpan.FromDays(2));

        Assert.Equal("{\"n\":2}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task TimeToLive_ExpiredDocument_CannotBeReplacedOrDeleted()
    {
        var created = await Store.CreateAsync(Doc("a", ttl: TimeSpan.FromHours(1)), CancellationToken.None);

        await PassTimeAsync(TimeSpan.FromHours(2));

        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.ReplaceAsync(Doc("a"), created.ETag, CancellationToken.None));
        Assert.Equal(DocumentFailure.NotFound, ex.Failure);
        Assert.False(await Store.DeleteAsync("p1", "a", CancellationToken.None));
    }

    [Fact]
    public async Task Create_Concurrently_WithTheSameId_ExactlyOneWins_TheRestAreAlreadyDone()
    {
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Store.CreateAsync(Doc("once", $"{{\"n\":{i}}}"), CancellationToken.None);
                return i;
            }
            catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.AlreadyExists)
            {
                return -1;
            }
        });
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r >= 0);
        Assert.Equal($"{{\"n\":{winner}}}", (await Store.ReadAsync("p1", "once", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Replace_TwoWritersWithOneETag_TheLoserChangesNothing()
    {
        var created = await Store.CreateAsync(Doc("a", "{\"n\":0}"), CancellationToken.None);

        var first = Store.ReplaceAsync(Doc("a", "{\"n\":1}"), created.ETag, CancellationToken.None);
        var second = Store.ReplaceAsync(Doc("a", "{\"n\":2}"), created.ETag, CancellationToken.None);
        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));

        var won = Assert.Single(outcomes, o => o.Written is not null).Written!;
        Assert.Equal(DocumentFailure.ETagMismatch, Assert.Single(outcomes, o => o.Written is null).Failure);
        var stored = await Store.ReadAsync("p1", "a", CancellationToken.None);
        Assert.Equal(won.Body, stored!.Body);
        Assert.Equal(won.ETag, stored.ETag);

        static async Task<(StoredDocument? Written, DocumentFailure? Failure)> Outcome(Task<StoredDocument> write)
        {
            try
            {
                return (await write, null);
            }
            catch (DocumentStoreException ex)
            {
                return (null, ex.Failure);
            }
        }
    }

    [Fact]
    public async Task Write_ReturnsTheETagThatAReadSees()
    {
        var created = await Store.CreateAsync(Doc("a"), CancellationToken.None);
        Assert.Equal(created.ETag, (await Store.ReadAsync("p1", "a", CancellationToken.None))!.ETag);

        var upserted = await Store.UpsertAsync(Doc("a", "{\"n\":2}"), CancellationToken.None);
        Assert.NotEqual(created.ETag, upserted.ETag);
        Assert.Equal(upserted.ETag, (await Store.ReadAsync("p1", "a", CancellationToken.None))!.ETag);
        Assert.Equal(upserted.ETag, (await Store.QueryAsync("p1", "thing", CancellationToken.None)).Single().ETag);
    }

    [Fact]
    public async Task Partitions_QueryReadAndDelete_NeverCrossIntoAnotherPartition()
    {
        foreach (var pk in new[] { "tenant|a", "tenant|b", "tenant|ab" })
        {
            await Store.CreateAsync(Doc("x", $"{{\"pk\":\"{pk}\"}}", pk: pk), CancellationToken.None);
            await Store.CreateAsync(Doc("y", $"{{\"pk\":\"{pk}\"}}", pk: pk), CancellationToken.None);
        }

        var found = await Store.QueryAsync("tenant|a", "thing", CancellationToken.None);
        Assert.Equal(["x", "y"], found.Select(d => d.Id));
        Assert.All(found, d => Assert.Equal("tenant|a", d.PartitionKey));
        Assert.All(found, d => Assert.Equal("{\"pk\":\"tenant|a\"}", d.Body));
        Assert.Empty(await Store.QueryAsync("tenant|", "thing", CancellationToken.None));
        Assert.Null(await Store.ReadAsync("tenant|c", "x", CancellationToken.None));

        Assert.True(await Store.DeleteAsync("tenant|a", "x", CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync("tenant|b", "x", CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync("tenant|ab", "x", CancellationToken.None));
    }

    [Fact]
    public async Task Replace_InAnotherPartition_IsNotFound()
    {
        var created = await Store.CreateAsync(Doc("a", pk: "p1"), CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.ReplaceAsync(Doc("a", "{\"n\":9}", pk: "p2"), created.ETag, CancellationToken.None));

        Assert.Equal(DocumentFailure.NotFound, ex.Failure);
        Assert.Equal("{\"n\":1}", (await Store.ReadAsync("p1", "a", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Delete_Missing_IsFalse()
    {
        Assert.False(await Store.DeleteAsync("p1", "never", CancellationToken.None));
    }

    [Fact]
    public async Task Query_OrdersByIdOrdinally_WhateverTheWriteOrder()
    {
        string[] ids = ["turn-0000000010", "B", "turn-0000000002", "a", "turn-0000000001", "_", "Z9"];
        foreach (var id in ids)
        {
            await Store.UpsertAsync(Doc(id), CancellationToken.None);
        }

        var found = await Store.QueryAsync("p1", "thing", CancellationToken.None);

        Assert.Equal(ids.Order(StringComparer.Ordinal), found.Select(d => d.Id));
    }

    [Fact]
    public async Task Query_EmptyPartition_IsEmpty()
    {
        Assert.Empty(await Store.QueryAsync("nobody", "thing", CancellationToken.None));
    }

    [Fact]
    public async Task Body_NestedJson_RoundTripsUnchanged()
    {
        const string Body = """{"name":"Zoë \"Z\" Ørsted","text":"line 1\nline 2 \u2603 / \\ ","n":-12.5,"big":9007199254740991,"ok":true,"none":null,"list":[1,"two",{"three":[3]}],"at":"2026-11-02T09:00:00+00:00"}""";

        await Store.CreateAsync(Doc("a", Body), CancellationToken.None);
        var read = await Store.ReadAsync("p1", "a", CancellationToken.None);
        var queried = (await Store.QueryAsync("p1", "thing", CancellationToken.None)).Single();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Body), JsonNode.Parse(read!.Body)), read.Body);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Body), JsonNode.Parse(queried.Body)), queried.Body);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("what?#hash")]
    [InlineData("back\\slash")]
    [InlineData("100%~done")]
    [InlineData("~2F")]
    [InlineData("29:1a-Zoë user")]
    public async Task Ids_WithAnyCharacters_RoundTrip(string id)
    {
        var created = await Store.CreateAsync(Doc(id), CancellationToken.None);
        await Store.CreateAsync(Doc("plain"), CancellationToken.None);

        Assert.Equal(id, (await Store.ReadAsync("p1", id, CancellationToken.None))!.Id);
        Assert.Contains(id, (await Store.QueryAsync("p1", "thing", CancellationToken.None)).Select(d => d.Id));
        await Store.ReplaceAsync(Doc(id, "{\"n\":2}"), created.ETag, CancellationToken.None);
        Assert.Equal("{\"n\":2}", (await Store.ReadAsync("p1", id, CancellationToken.None))!.Body);
        Assert.True(await Store.DeleteAsync("p1", id, CancellationToken.None));
        Assert.Null(await Store.ReadAsync("p1", id, CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync("p1", "plain", CancellationToken.None));
    }

    [Fact]
    public async Task Batch_AllSucceed_WritesEveryOperation_AndReturnsTheETagsAReadSees()
    {
        var replaced = await Store.CreateAsync(Doc("state", "{\"turn\":1}"), CancellationToken.None);
        await Store.CreateAsync(Doc("old"), CancellationToken.None);
        await Store.CreateAsync(Doc("over", "{\"v\":0}"), CancellationToken.None);

        var results = await Store.CommitBatchAsync("p1",
        [
            DocumentOperation.Replace(Doc("state", "{\"turn\":2}"), replaced.ETag),
            DocumentOperation.Create(Doc("turn-2", "{\"text\":\"hi\"}", type: "transcript", ttl: TimeSpan.FromDays(30))),
            DocumentOperation.Upsert(Doc("over", "{\"v\":1}")),
            DocumentOperation.Delete("old"),
        ], CancellationToken.None);

        Assert.Equal(4, results.Count);
        Assert.Null(results[3]);
        var state = await Store.ReadAsync("p1", "state", CancellationToken.None);
        Assert.Equal("{\"turn\":2}", state!.Body);
        Assert.Equal(results[0]!.ETag, state.ETag);
        Assert.NotEqual(replaced.ETag, state.ETag);
        Assert.Equal(results[1]!.ETag, (await Store.ReadAsync("p1", "turn-2", CancellationToken.None))!.ETag);
        Assert.Equal("{\"v\":1}", (await Store.ReadAsync("p1", "over", CancellationToken.None))!.Body);
        Assert.Null(await Store.ReadAsync("p1", "old", CancellationToken.None));

        await PassTimeAsync(TimeSpan.FromDays(31));
        Assert.Null(await Store.ReadAsync("p1", "turn-2", CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync("p1", "state", CancellationToken.None));
    }

    [Fact]
    public async Task Batch_AFailingCondition_RollsBackEveryOperation()
    {
        var state = await Store.CreateAsync(Doc("state", "{\"turn\":1}"), CancellationToken.None);
        await Store.ReplaceAsync(Doc("state", "{\"turn\":2}"), state.ETag, CancellationToken.None);
        var over = await Store.CreateAsync(Doc("over", "{\"v\":0}"), CancellationToken.None);
        await Store.CreateAsync(Doc("old"), CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.CommitBatchAsync("p1",
        [
            DocumentOperation.Create(Doc("turn-3", type: "transcript")),
            DocumentOperation.Upsert(Doc("over", "{\"v\":1}")),
            DocumentOperation.Delete("old"),
            DocumentOperation.Replace(Doc("state", "{\"turn\":3}"), state.ETag),
        ], CancellationToken.None));

        Assert.Equal(DocumentFailure.ETagMismatch, ex.Failure);
        Assert.Equal(3, ex.OperationIndex);
        Assert.Null(await Store.ReadAsync("p1", "turn-3", CancellationToken.None));
        var overNow = await Store.ReadAsync("p1", "over", CancellationToken.None);
        Assert.Equal("{\"v\":0}", overNow!.Body);
        Assert.Equal(over.ETag, overNow.ETag);
        Assert.NotNull(await Store.ReadAsync("p1", "old", CancellationToken.None));
        Assert.Equal("{\"turn\":2}", (await Store.ReadAsync("p1", "state", CancellationToken.None))!.Body);
    }

    [Fact]
    public async Task Batch_Repeated_IsAlreadyExists_AndWritesNothingMore()
    {
        DocumentOperation[] commit = [DocumentOperation.Upsert(Doc("state", "{\"turn\":1}")), DocumentOperation.Create(Doc("turn-1", "{\"n\":1}", type: "transcript"))];
        await Store.CommitBatchAsync("p1", commit, CancellationToken.None);
        var before = await Store.ReadAsync("p1", "state", CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.CommitBatchAsync("p1", commit, CancellationToken.None));

        Assert.Equal(DocumentFailure.AlreadyExists, ex.Failure);
        Assert.Equal(1, ex.OperationIndex);
        Assert.Equal(before!.ETag, (await Store.ReadAsync("p1", "state", CancellationToken.None))!.ETag);
    }

    [Fact]
    public async Task Batch_DeleteOfAMissingDocument_IsNotFound_AndWritesNothing()
    {
        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.CommitBatchAsync("p1",
            [DocumentOperation.Create(Doc("a")), DocumentOperation.Delete("ghost")], CancellationToken.None));

        Assert.Equal(DocumentFailure.NotFound, ex.Failure);
        Assert.Null(await Store.ReadAsync("p1", "a", CancellationToken.None));
    }

    [Fact]
    public async Task Batch_DeleteUnderAStaleETag_IsAMismatch()
    {
        var created = await Store.CreateAsync(Doc("a"), CancellationToken.None);
        await Store.UpsertAsync(Doc("a", "{\"n\":2}"), CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DocumentStoreException>(() => Store.CommitBatchAsync("p1", [DocumentOperation.Delete("a", created.ETag)], CancellationToken.None));

        Assert.Equal(DocumentFailure.ETagMismatch, ex.Failure);
        Assert.NotNull(await Store.ReadAsync("p1", "a", CancellationToken.None));
    }

    [Fact]
    public async Task Batch_Concurrently_WithTheSameETag_ExactlyOneCommits_AndTheLoserLeavesNoTrace()
    {
        var state = await Store.CreateAsync(Doc("state", "{\"turn\":0}"), CancellationToken.None);

        var attempts = Enumerable.Range(1, 6).Select(async i =>
        {
            try
            {
                await Store.CommitBatchAsync("p1",
                [
                    DocumentOperation.Replace(Doc("state", $"{{\"turn\":{i}}}"), state.ETag),
                    DocumentOperation.Create(Doc($"turn-by-{i}", type: "transcript")),
                ], CancellationToken.None);
                return i;
            }
            catch (DocumentStoreException ex) when (ex.Failure == DocumentFailure.ETagMismatch)
            {
                return 0;
            }
        });
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r > 0);
        Assert.Equal($"{{\"turn\":{winner}}}", (await Store.ReadAsync("p1", "state", CancellationToken.None))!.Body);
        Assert.Equal([$"turn-by-{winner}"], (await Store.QueryAsync("p1", "transcript", CancellationToken.None)).Select(d => d.Id));
    }

    [Fact]
    public async Task Batch_AcrossPartitionsOrWithAnIdTwice_IsRefusedBeforeWriting()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CommitBatchAsync("p1", [DocumentOperation.Create(Doc("a")), DocumentOperation.Create(Doc("b", pk: "p2"))], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CommitBatchAsync("p1", [DocumentOperation.Create(Doc("a")), DocumentOperation.Upsert(Doc("a"))], CancellationToken.None));

        Assert.Null(await Store.ReadAsync("p1", "a", CancellationToken.None));
        Assert.Empty(await Store.CommitBatchAsync("p1", [], CancellationToken.None));
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
